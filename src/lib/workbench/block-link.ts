import { parseCodeMeta } from '../code-meta.ts';
import { type CodeBlock, exampleKind } from '../examples/check-block.ts';
import { workbenchHref } from './exercise-links.ts';
import { encodeShare } from './share.ts';

/**
 * The "Open in workbench" URL of a note's code block: its text in the fragment, with the
 * kind and `fragment` flag the build checked it with, so the workbench finds the same.
 * Undefined for blocks the build does not check as a Dockerfile or Compose file.
 */
export function workbenchBlockHref(block: CodeBlock, base = '/'): string | undefined {
	const kind = exampleKind(block);
	if (!kind) return undefined;
	const fragment = kind === 'dockerfile' && parseCodeMeta(block.meta).fragment;
	// Shiki's source has no final newline; the workbench shows the file as written.
	return `${workbenchHref(base)}${encodeShare({ text: block.value, kind, ...(fragment ? { fragment } : {}) })}`;
}
