import {
	validate,
	ValidationCode as Code,
	ValidationSeverity,
	type ValidatorSettings,
} from 'dockerfile-utils';
import type { Diagnostic } from '../diagnostic.ts';
import { report, type CheckContext } from './context.ts';

const { ERROR, WARNING } = ValidationSeverity;

/**
 * Every key is set on purpose: `validate()` replaces its defaults wholesale, so a partial object
 * would silently switch the missing checks off.
 */
const SETTINGS: Required<ValidatorSettings> = {
	deprecatedMaintainer: WARNING,
	directiveCasing: WARNING,
	emptyContinuationLine: WARNING,
	instructionCasing: WARNING,
	instructionCmdMultiple: WARNING,
	instructionEntrypointMultiple: WARNING,
	instructionHealthcheckMultiple: WARNING,
	// Docker silently runs ['a'] as a shell string, which is never what the author meant.
	instructionJSONInSingleQuotes: ERROR,
	instructionWorkdirRelative: WARNING,
};

interface RuleInfo {
	rule: string;
	fix: string;
}

const info = (rule: string, fix: string): RuleInfo => ({ rule, fix });
const MISSING = info('MissingArguments', 'Add the arguments this instruction needs.');
const EXTRA = info('ExtraArguments', 'Remove the extra arguments.');
const FLAG_VALUE = info('InvalidFlagValue', 'Give the flag a valid value, e.g. `--from=build`.');
const DURATION = info('InvalidDuration', 'Write durations with a unit, e.g. `30s`, `5m` or `1h`.');
const ESCAPE = info(
	'InvalidEscapeDirective',
	'Keep one `# escape=` line, set to a backslash or a backtick.'
);
const EXPOSE = info('ExposeInvalidFormat', 'Write ports as `80`, `80/tcp` or `8000-8005/udp`.');
const QUOTE = info('UnclosedQuote', 'Close the quote before the end of the instruction.');
const ONBUILD = info('InvalidOnbuildTrigger', 'ONBUILD takes one ordinary instruction.');
const SHELL = info('ShellRequiresJSON', 'Write SHELL as a JSON array: `SHELL ["/bin/sh", "-c"]`.');
const UNKNOWN_FLAG = info('UnknownFlag', 'Check the spelling of the flag or remove it.');

/** Readable rule ids for dockerfile-utils codes; the codes themselves are not stable API. */
const RULES: Partial<Record<Code, RuleInfo>> = {
	[Code.CASING_INSTRUCTION]: info('ConsistentInstructionCasing', 'Write the keyword in capitals.'),
	[Code.CASING_DIRECTIVE]: info('DirectiveCasing', 'Write the directive name in lowercase.'),
	[Code.ARGUMENT_MISSING]: MISSING,
	[Code.ARGUMENT_REQUIRES_ONE]: MISSING,
	[Code.ARGUMENT_REQUIRES_AT_LEAST_ONE]: MISSING,
	[Code.ARGUMENT_REQUIRES_TWO]: MISSING,
	[Code.ARGUMENT_REQUIRES_AT_LEAST_TWO]: MISSING,
	[Code.ARGUMENT_REQUIRES_ONE_OR_THREE]: info('MissingArguments', 'Write `FROM image AS name`.'),
	[Code.HEALTHCHECK_CMD_ARGUMENT_MISSING]: MISSING,
	[Code.ARGUMENT_EXTRA]: EXTRA,
	[Code.ARGUMENT_UNNECESSARY]: EXTRA,
	[Code.DUPLICATE_BUILD_STAGE_NAME]: info('DuplicateStageName', 'Give every stage its own name.'),
	[Code.EMPTY_CONTINUATION_LINE]: info('NoEmptyContinuation', 'Delete the empty line.'),
	[Code.INVALID_BUILD_STAGE_NAME]: info(
		'InvalidStageName',
		'Start stage names with a letter; use letters, digits, `-`, `_` and `.`.'
	),
	[Code.FLAG_AT_LEAST_ONE]: FLAG_VALUE,
	[Code.FLAG_MISSING_VALUE]: FLAG_VALUE,
	[Code.FLAG_EXPECTED_BOOLEAN_VALUE]: FLAG_VALUE,
	[Code.FLAG_INVALID_FROM_VALUE]: FLAG_VALUE,
	[Code.FLAG_DUPLICATE]: info('DuplicateFlag', 'Keep only one copy of the flag.'),
	[Code.FLAG_INVALID_DURATION]: DURATION,
	[Code.FLAG_LESS_THAN_1MS]: DURATION,
	[Code.FLAG_MISSING_DURATION]: DURATION,
	[Code.FLAG_UNKNOWN_UNIT]: DURATION,
	[Code.NO_SOURCE_IMAGE]: info(
		'MissingFrom',
		'Add `FROM image:tag` first; in a note, mark a partial example as a `fragment`.'
	),
	[Code.INVALID_ESCAPE_DIRECTIVE]: ESCAPE,
	[Code.DUPLICATED_ESCAPE_DIRECTIVE]: ESCAPE,
	[Code.INVALID_AS]: info('InvalidAs', 'Write `FROM image AS name`.'),
	[Code.INVALID_DESTINATION]: info('InvalidDestination', 'End a directory destination with `/`.'),
	[Code.INVALID_PORT]: EXPOSE,
	[Code.INVALID_PROTO]: EXPOSE,
	[Code.INVALID_REFERENCE_FORMAT]: info('InvalidImageReference', 'Write `image:tag`.'),
	[Code.INVALID_SIGNAL]: info('InvalidSignal', 'Use a signal name such as `SIGTERM`.'),
	[Code.INVALID_SYNTAX]: info('InvalidSyntax', 'Check quotes, `=` signs and brackets.'),
	[Code.ONBUILD_CHAINING_DISALLOWED]: ONBUILD,
	[Code.ONBUILD_TRIGGER_DISALLOWED]: ONBUILD,
	[Code.SHELL_JSON_FORM]: SHELL,
	[Code.SHELL_REQUIRES_ONE]: SHELL,
	[Code.SYNTAX_MISSING_EQUALS]: info('MissingEquals', 'Write each pair as `KEY=value`.'),
	[Code.SYNTAX_MISSING_NAMES]: info('MissingEquals', 'Write each pair as `KEY=value`.'),
	[Code.SYNTAX_MISSING_SINGLE_QUOTE]: QUOTE,
	[Code.SYNTAX_MISSING_DOUBLE_QUOTE]: QUOTE,
	[Code.MULTIPLE_INSTRUCTIONS]: info(
		'MultipleInstructionsDisallowed',
		'Keep only the last one in each stage.'
	),
	[Code.UNKNOWN_INSTRUCTION]: info(
		'UnknownInstruction',
		'Check the spelling: FROM, RUN, COPY, ADD, ENV, ARG, WORKDIR, CMD, ENTRYPOINT…'
	),
	[Code.UNKNOWN_ADD_FLAG]: UNKNOWN_FLAG,
	[Code.UNKNOWN_COPY_FLAG]: UNKNOWN_FLAG,
	[Code.UNKNOWN_FROM_FLAG]: UNKNOWN_FLAG,
	[Code.UNKNOWN_HEALTHCHECK_FLAG]: UNKNOWN_FLAG,
	[Code.UNKNOWN_TYPE]: info('UnknownType', 'Use one of the values the instruction accepts.'),
	[Code.UNSUPPORTED_MODIFIER]: info('UnsupportedModifier', 'Use `${VAR:-default}` or `${VAR:+x}`.'),
	[Code.DEPRECATED_MAINTAINER]: info(
		'MaintainerDeprecated',
		'Use `LABEL org.opencontainers.image.authors="you@example.com"`.'
	),
	[Code.JSON_IN_SINGLE_QUOTES]: info(
		'JSONInSingleQuotes',
		'Use double quotes inside the brackets.'
	),
	[Code.WORKDIR_IS_NOT_ABSOLUTE]: info('WorkdirRelativePath', 'Start the path with `/`.'),
	[Code.BASE_NAME_EMPTY]: info('EmptyBaseImage', 'Declare the ARG, with a default, above FROM.'),
};

/** Turn the library's terse wording into a sentence, with a few clearer rewrites. */
function explain(rule: string, libraryMessage: string, flagged: string, word: string): string {
	switch (rule) {
		case 'UnknownInstruction':
			return `\`${flagged}\` is not a Dockerfile instruction.`;
		case 'InstructionBeforeFrom':
			return 'Only ARG and comments may come before the first FROM.';
		case 'MissingFrom':
			return 'A Dockerfile must start with FROM (only ARG and comments may come before it).';
		case 'MaintainerDeprecated':
			return 'MAINTAINER is deprecated; Docker records authors as a label instead.';
		case 'DuplicateStageName':
			return `The stage name \`${flagged}\` is used twice, so \`--from=${flagged}\` would be ambiguous.`;
		case 'InvalidStageName':
			return `\`${flagged}\` is not a valid stage name.`;
		case 'InvalidDuration':
			return `\`${word}\` is not a valid duration: use a number with a unit (ms, s, m, h) of at least 1ms.`;
		case 'ExposeInvalidFormat':
			return `\`${flagged}\` is not a valid port: use a number from 1 to 65535, optionally with /tcp or /udp.`;
		case 'UnknownFlag':
			return `\`${flagged}\` is not a flag this instruction accepts.`;
		default: {
			const sentence = libraryMessage.charAt(0).toUpperCase() + libraryMessage.slice(1);
			return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
		}
	}
}

/** Run dockerfile-utils and map its findings to our rule ids and wording. */
export function checkWithLibrary(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	const hasFrom = context.layout.stages.length > 0;
	for (const d of validate(context.text.value, SETTINGS)) {
		const code = d.code as Code;
		const flagged = context.text.slice(d.range.start, d.range.end);
		const offset = context.text.offsetAt(d.range.start);
		const word = /^\S*/.exec(context.text.value.slice(offset))?.[0] ?? flagged;
		// BuildKit accepts `ADD --unpack` (moby/buildkit instructions/parse.go); the library does not.
		if (code === Code.UNKNOWN_ADD_FLAG && /^(--)?unpack(=|$)/.test(flagged)) continue;
		let ruleInfo = RULES[code] ?? info('InvalidInstruction', 'Fix the instruction as described.');
		if (code === Code.NO_SOURCE_IMAGE) {
			if (!hasFrom && context.fragment) continue;
			if (hasFrom) ruleInfo = info('InstructionBeforeFrom', 'Move it below the first FROM.');
		}
		const libraryMessage = typeof d.message === 'string' ? d.message : d.message.value;
		const message = explain(ruleInfo.rule, libraryMessage, flagged, word);
		const severity = d.severity === 1 ? 'error' : 'warning';
		found.push(report(ruleInfo.rule, severity, d.range.start, message, ruleInfo.fix));
	}
	return found;
}
