import { Copy, Run, type Instruction } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import { report, type CheckContext } from './context.ts';
import { getHeredocs } from './instruction-text.ts';
import { getBlocks } from './layout.ts';
import type { SourceText } from './source-text.ts';

/**
 * Commands that install a project's dependencies from its manifest. `apt-get install` is left
 * out on purpose: system packages do not depend on the project's source files.
 */
const INSTALLS: RegExp[] = [
	/\bnpm\s+(?:ci|install|i)\b(?![^&;|\n]*\s(?:-g|--global)\b)/,
	/\byarn(?:\s+install\b|(?=\s*(?:$|&&|\|\||;|\s--)))/m,
	// `pnpm install --offline` after `pnpm fetch` only links the already-fetched store.
	/\bpnpm\s+(?:install|i)\b(?![^&;|\n]*--offline)/,
	/\bpip3?\s+install\b(?![^&;|\n]*--no-deps)/,
	/\bpoetry\s+install\b(?![^&;|\n]*--only-root)/,
	/\bgo\s+mod\s+download\b/,
	/\bbundle\s+install\b/,
	/\bcomposer\s+install\b/,
];

/** The install command a RUN performs, if any (heredoc bodies included). */
export function findInstallCommand(instruction: Instruction, text: SourceText): string | undefined {
	if (!(instruction instanceof Run)) return undefined;
	const body = text
		.slice(instruction.getInstructionRange().end, instruction.getRange().end)
		.replace(/^\s*#.*$/gm, '');
	for (const pattern of INSTALLS) {
		const match = pattern.exec(body);
		if (match) return match[0].replace(/\s+/g, ' ');
	}
	return undefined;
}

/** `COPY . .` or `COPY . /app`: the whole build context, not only the manifests. */
export function copiesWholeContext(instruction: Instruction): boolean {
	if (!(instruction instanceof Copy) || getHeredocs(instruction).length > 0) return false;
	if (instruction.getFlags().some((flag) => flag.getName() === 'from')) return false;
	const paths = instruction.getArguments().map((argument) => argument.getValue());
	return paths.length === 2 && (paths[0] === '.' || paths[0] === './');
}

/**
 * Docker reuses a cached layer only while every file it copied is unchanged. Copying all the
 * sources before the install means any edit to any file throws away the dependency layer.
 */
export function checkCopyBeforeInstall(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const block of getBlocks(context.layout)) {
		const copy = block.instructions.find(copiesWholeContext);
		if (!copy) continue;
		const after = block.instructions.slice(block.instructions.indexOf(copy) + 1);
		const install = after.find((instruction) => findInstallCommand(instruction, context.text));
		const command = install && findInstallCommand(install, context.text);
		if (!install || !command) continue;
		const copied = context.text.slice(copy.getRange().start, copy.getRange().end);
		found.push(
			report(
				'CopyBeforeInstall',
				'warning',
				copy.getRange().start,
				`\`${copied}\` comes before \`${command}\` (line ${install.getRange().start.line + 1}), so every change to any source file re-runs the dependency install.`,
				'Copy only the dependency files (e.g. package.json and the lock file) first, install, then `COPY . .`.'
			)
		);
	}
	return found;
}
