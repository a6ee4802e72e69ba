import { Arg, Env, Label, type Instruction } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import { report, type CheckContext } from './context.ts';
import { getBlocks } from './layout.ts';

const SECRET_WORDS = 'apikey|auth|credential|credentials|key|password|pword|passwd|secret|token';
/** Docker's own test: a secret word as a whole `_`-separated part of the name, unless "public". */
const SECRET_NAME = new RegExp(`(?:^|_)(?:${SECRET_WORDS})(?:_|$)`, 'i');
const PUBLIC_NAME = /(?:^|_)public(?:_|$)/i;

/** Whether Docker's SecretsUsedInArgOrEnv rule would flag a variable name. */
export function isSecretName(name: string): boolean {
	return SECRET_NAME.test(name) && !PUBLIC_NAME.test(name);
}

/**
 * Shell-form CMD/ENTRYPOINT run under `/bin/sh -c`, so the app is not PID 1 and never sees
 * SIGTERM. Docker skips the warning once a SHELL instruction has chosen the shell on purpose.
 */
export function checkJsonArgsRecommended(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	const customShell: boolean[] = [];
	for (const block of getBlocks(context.layout)) {
		let shell = block.baseStage !== undefined && customShell[block.baseStage] === true;
		for (const instruction of block.instructions) {
			const keyword = instruction.getKeyword();
			if (keyword === 'SHELL') shell = true;
			if (shell || (keyword !== 'CMD' && keyword !== 'ENTRYPOINT')) continue;
			const first = instruction.getArguments()[0];
			if (!first || first.getValue().startsWith('[')) continue;
			found.push(
				report(
					'JSONArgsRecommended',
					'warning',
					instruction.getInstructionRange().start,
					`Shell-form ${keyword} runs your program under \`/bin/sh -c\`, so it does not receive stop signals such as SIGTERM.`,
					execFormHint(instruction)
				)
			);
		}
		if (block.index >= 0) customShell[block.index] = shell;
	}
	return found;
}

/** The exec form of a simple command; shell syntax gets a generic hint instead. */
function execFormHint(instruction: Instruction): string {
	const words = instruction.getArguments().map((argument) => argument.getValue());
	const keyword = instruction.getKeyword();
	if (words.some((word) => /["'$&|;<>`*\\]/.test(word))) {
		return `Use the JSON form, e.g. \`${keyword} ["executable", "arg"]\`; move shell syntax into a script.`;
	}
	return `Use the JSON form: \`${keyword} [${words.map((word) => JSON.stringify(word)).join(', ')}]\`.`;
}

/** `ENV KEY value` is the legacy form; `ENV KEY=value` is unambiguous (LegacyKeyValueFormat). */
export function checkLegacyKeyValue(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const instruction of context.dockerfile.getInstructions()) {
		if (!(instruction instanceof Env || instruction instanceof Label)) continue;
		const keyword = instruction.getKeyword();
		for (const property of instruction.getProperties()) {
			const value = property.getValue();
			if (property.getAssignmentOperator() !== null || value === null) continue;
			found.push(
				report(
					'LegacyKeyValueFormat',
					'warning',
					property.getRange().start,
					`\`${keyword} ${property.getName()} ${value}\` uses the legacy space-separated form.`,
					`Write \`${keyword} ${property.getName()}=${/\s/.test(value) ? JSON.stringify(value) : value}\`.`
				)
			);
		}
	}
	return found;
}

/** ARG and ENV values are stored in the image and its history (SecretsUsedInArgOrEnv). */
export function checkSecretsInArgOrEnv(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const instruction of context.dockerfile.getInstructions()) {
		if (!(instruction instanceof Arg || instruction instanceof Env)) continue;
		const keyword = instruction.getKeyword();
		for (const property of instruction.getProperties()) {
			const name = property.getName();
			if (!isSecretName(name)) continue;
			found.push(
				report(
					'SecretsUsedInArgOrEnv',
					'warning',
					property.getNameRange().start,
					`\`${keyword} ${name}\` looks like a secret; ${keyword} values stay readable in the image and its history.`,
					'Pass it with a secret mount instead: `RUN --mount=type=secret,id=…`.'
				)
			);
		}
	}
	return found;
}
