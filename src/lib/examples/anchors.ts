/**
 * The example id convention, in one place: the check plugin numbers each Dockerfile and Compose
 * block of a note (`ex-<note>-<n>`) and tags the block with the number, the highlighter reads
 * the tag back to find the block's analysis in the build's store (src/lib/examples/store.ts)
 * and to give its lines anchors (`#ex-<note>-<n>-L7`). Markdown hands the highlighter only a
 * block's language, meta and text, so the tag travels as one word of the meta.
 */
const EXAMPLE_WORD = /(?:^|\s)data-example=(\S+)/;

/** The id of the `n`th (1-based) example of a note: `ex-multi-stage-builds-2`. */
export function exampleId(noteSlug: string, n: number): string {
	return `ex-${noteSlug}-${n}`;
}

/** The id of one line of an example, for links such as `#ex-multi-stage-builds-2-L7`. */
export function lineAnchorId(example: string, line: number): string {
	return `${example}-L${line}`;
}

/** A block's meta with its example id added (replacing any earlier one), for the highlighter. */
export function withExampleId(meta: string | null | undefined, id: string): string {
	const rest = (meta ?? '').replace(EXAMPLE_WORD, '').trim();
	return rest ? `${rest} data-example=${id}` : `data-example=${id}`;
}

/** The example id the check plugin put in a block's meta, if any. */
export function readExampleId(meta: string | null | undefined): string | undefined {
	return EXAMPLE_WORD.exec(meta ?? '')?.[1];
}
