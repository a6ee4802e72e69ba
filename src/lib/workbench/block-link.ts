import { parseCodeMeta } from '../code-meta.ts';
import { type CodeBlock, exampleKind } from '../examples/check-block.ts';
import { workbenchHref } from './exercise-links.ts';
import { encodeTextShare } from './share-text.ts';

/**
 * The "Open in workbench" URL of a note's code block: its text in the fragment, with the kind
 * and `fragment` flag the build checked it with, so the workbench finds the same. Undefined for
 * blocks the build does not check as a Dockerfile or Compose file.
 *
 * Reasoning: the text is percent-encoded, not lz-compressed. Compressed text looks random to
 * gzip, while plain text shares words with the code block beside it: on the Compose note the
 * links cost 1.7 kB gz this way against 4.9 kB compressed, and note pages need no script.
 */
export function workbenchBlockHref(block: CodeBlock, base = '/'): string | undefined {
	const kind = exampleKind(block);
	if (!kind) return undefined;
	const fragment = kind === 'dockerfile' && parseCodeMeta(block.meta).fragment;
	return `${workbenchHref(base)}${encodeTextShare({ text: block.value, kind, fragment })}`;
}
