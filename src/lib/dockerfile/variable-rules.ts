import { Arg, Env, Run, type Instruction } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import { closest } from '../did-you-mean.ts';
import { report, type CheckContext } from './context.ts';
import { getHeaderRange } from './instruction-text.ts';
import { getBlocks } from './layout.ts';
import { scanVariables } from './scan-variables.ts';
import type { ParserPosition, ParserRange } from './source-text.ts';

/** Predefined in the global scope, so FROM may use them without an ARG. */
export const PLATFORM_ARGS = [
	...['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'],
	...['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'],
];
/** Set by nearly every base image; we cannot read the base image's real ENV. */
export const WELL_KNOWN_ENV = ['PATH', 'HOME', 'HOSTNAME', 'TERM'];
/** Instructions whose arguments the builder expands (RUN/CMD/ENTRYPOINT are left to the shell). */
const EXPANDED = new Set([
	'ADD',
	'COPY',
	'EXPOSE',
	'LABEL',
	'STOPSIGNAL',
	'USER',
	'VOLUME',
	'WORKDIR',
]);

type Finder = (range: ParserRange, known: ReadonlySet<string>) => void;

/**
 * UndefinedVar and UndefinedArgInFrom, mirroring `docker build --check`: global ARGs are seen by
 * FROM only; a stage sees its own ARG/ENV lines and the ENV of a stage it builds on. One
 * deliberate difference: `${VAR:-default}` and `${VAR:+alt}` are not reported, because notes use
 * them to teach defaults and the author has clearly thought about "unset".
 */
export function checkVariables(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	const escapeChar = context.dockerfile.getEscapeCharacter();
	const { globalArgs, stages } = context.layout;
	const globals = new Set(PLATFORM_ARGS);
	const userGlobals = new Set<string>();

	const find = (rule: 'UndefinedVar' | 'UndefinedArgInFrom'): Finder => {
		return (range, known) => {
			const start = context.text.offsetAt(range.start);
			const seen = new Set<string>();
			for (const use of scanVariables(context.text.slice(range.start, range.end), escapeChar)) {
				if (use.hasFallback || known.has(use.name) || seen.has(use.name)) continue;
				seen.add(use.name);
				const at = context.text.positionAt(start + use.index);
				const hint = rule === 'UndefinedVar' ? closest(use.name, known, 2) : undefined;
				found.push(describe(rule, use.name, at, userGlobals.has(use.name), hint));
			}
		};
	};
	const undefinedVar = find('UndefinedVar');

	for (const arg of globalArgs) declareArgs(arg, globals, undefinedVar, userGlobals);
	const fromArg = find('UndefinedArgInFrom');
	for (const { from } of stages) fromArg(getHeaderRange(from), globals);

	const stageEnv: Set<string>[] = [];
	for (const block of getBlocks(context.layout)) {
		const env = new Set(block.baseStage === undefined ? [] : stageEnv[block.baseStage]);
		// The preamble only exists in fragments: treat the ARGs above it as in scope.
		const known = new Set([...WELL_KNOWN_ENV, ...env, ...(block.index < 0 ? userGlobals : [])]);
		for (const instruction of block.instructions) {
			checkInstruction(instruction, known, env, undefinedVar);
		}
		if (block.index >= 0) stageEnv[block.index] = env;
	}
	return found;
}

function checkInstruction(
	instruction: Instruction,
	known: Set<string>,
	env: Set<string>,
	undefinedVar: Finder
): void {
	if (instruction instanceof Arg) {
		declareArgs(instruction, known, undefinedVar);
	} else if (instruction instanceof Env) {
		// Every value in one ENV line sees the environment from *before* that line.
		undefinedVar(getHeaderRange(instruction), known);
		for (const property of instruction.getProperties()) {
			known.add(property.getName());
			env.add(property.getName());
		}
	} else if (instruction instanceof Run) {
		for (const flag of instruction.getFlags()) undefinedVar(flag.getRange(), known);
	} else if (EXPANDED.has(instruction.getKeyword())) {
		undefinedVar(getHeaderRange(instruction), known);
	}
}

/** `ARG A=1 B=$A`: each default sees the names declared before it. */
function declareArgs(arg: Arg, known: Set<string>, check: Finder, also?: Set<string>): void {
	for (const property of arg.getProperties()) {
		const valueRange = property.getValueRange();
		if (valueRange) check(valueRange, known);
		known.add(property.getName());
		also?.add(property.getName());
	}
}

function describe(
	rule: 'UndefinedVar' | 'UndefinedArgInFrom',
	name: string,
	at: ParserPosition,
	isGlobal: boolean,
	hint: string | undefined
): Diagnostic {
	if (rule === 'UndefinedArgInFrom') {
		return report(
			rule,
			'warning',
			at,
			`FROM uses \`$${name}\`, but no ARG before the first FROM declares it, so it expands to an empty string.`,
			`Add \`ARG ${name}=<default>\` above the first FROM.`
		);
	}
	const message = isGlobal
		? `\`$${name}\` is declared before FROM, but such global ARGs are only visible to FROM lines; here it expands to an empty string.`
		: `\`$${name}\` is not declared in this stage, so Docker replaces it with an empty string.${hint ? ` Did you mean \`$${hint}\`?` : ''}`;
	const fix = isGlobal
		? `Repeat \`ARG ${name}\` (without a value) inside the stage.`
		: `Declare it above this line with \`ARG ${name}\` or \`ENV ${name}=value\`, or check the spelling.`;
	return report(rule, 'warning', at, message, fix);
}
