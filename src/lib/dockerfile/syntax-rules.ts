import { Run } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import { report, type CheckContext } from './context.ts';
import { getCommandText, getHeredocs } from './instruction-text.ts';

const EXEC_FORM_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'COPY', 'ADD']);
/** From moby/buildkit instructions/commands_run*.go. */
const RUN_FLAGS = ['mount', 'network', 'security', 'device'];
const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

/**
 * `["a", "b"` (unclosed) or `["a" "b"]` (no comma) is not JSON, so Docker quietly runs the text
 * as a shell command, brackets and all. Only text that starts like an exec-form array is judged:
 * `RUN [ "$A" = b ]` is the shell's test command, not a broken array.
 */
export function checkJsonArgs(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	const escapeChar = context.dockerfile.getEscapeCharacter();
	for (const instruction of context.dockerfile.getInstructions()) {
		const keyword = instruction.getKeyword();
		if (!EXEC_FORM_KEYWORDS.has(keyword)) continue;
		const command = getCommandText(instruction, context.text, escapeChar);
		if (!/^\[\s*"(?:[^"\\]|\\.)*"\s*(?:[,\]"]|$)/.test(command) || isStringArray(command)) continue;
		found.push(
			report(
				'MalformedJSONArgs',
				'error',
				instruction.getInstructionRange().start,
				`${keyword} looks like a JSON array but is not valid JSON, so Docker would run it as a shell command.`,
				'Use double quotes, a comma between items and a closing `]`: `["node", "server.js"]`.'
			)
		);
	}
	return found;
}

function isStringArray(command: string): boolean {
	try {
		const value: unknown = JSON.parse(command);
		return Array.isArray(value) && value.every((item) => typeof item === 'string');
	} catch {
		return false;
	}
}

/** RUN flags are not checked by dockerfile-utils; BuildKit rejects unknown ones. */
export function checkRunFlags(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const instruction of context.dockerfile.getInstructions()) {
		if (!(instruction instanceof Run)) continue;
		for (const flag of instruction.getFlags()) {
			const name = flag.getName();
			if (!RUN_FLAGS.includes(name)) {
				found.push(
					report(
						'UnknownRunFlag',
						'error',
						flag.getRange().start,
						`\`--${name}\` is not a RUN flag (RUN accepts --${RUN_FLAGS.join(', --')}).`,
						'Check the spelling of the flag or remove it.'
					)
				);
				continue;
			}
			if (name !== 'mount') continue;
			const typeOption = flag.getOption('type');
			const type = typeOption?.getValue() ?? 'bind';
			if (MOUNT_TYPES.includes(type) || type.includes('$')) continue;
			found.push(
				report(
					'UnknownMountType',
					'error',
					(typeOption?.getValueRange() ?? flag.getRange()).start,
					`\`type=${type}\` is not a mount type (expected ${MOUNT_TYPES.join(', ')}).`,
					'Use one of the listed types, e.g. `--mount=type=cache,target=/root/.npm`.'
				)
			);
		}
	}
	return found;
}

/** A heredoc without its closing word swallows the rest of the file, silently. */
export function checkHeredocs(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const instruction of context.dockerfile.getInstructions()) {
		for (const heredoc of getHeredocs(instruction)) {
			if (heredoc.getDelimiterRange()) continue;
			const name = heredoc.getName();
			found.push(
				report(
					'UnterminatedHeredoc',
					'error',
					heredoc.getStartRange().start,
					`The heredoc \`<<${name}\` is never closed, so it swallows every line after it.`,
					`Add a line containing only \`${name}\` where the heredoc should end.`
				)
			);
		}
	}
	return found;
}
