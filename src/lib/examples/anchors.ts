/** The meta word the check plugin adds so the highlighter knows which example a block is. */
const EXAMPLE_WORD = /(?:^|\s)data-example=(\S+)/;

/** The id of the `n`th (1-based) example of a note: `ex-multi-stage-builds-2`. */
export function exampleId(noteSlug: string, n: number): string {
	return `ex-${noteSlug}-${n}`;
}

/** The id of one line of an example, for links such as `#ex-multi-stage-builds-2-L7`. */
export function lineAnchorId(example: string, line: number): string {
	return `${example}-L${line}`;
}

/** A block's meta with its example id added, for the highlighter to read back. */
export function withExampleId(meta: string | null | undefined, id: string): string {
	const rest = withoutExampleId(meta);
	return rest ? `${rest} data-example=${id}` : `data-example=${id}`;
}

/** A block's meta as its author wrote it, without the example id. */
export function withoutExampleId(meta: string | null | undefined): string {
	return (meta ?? '').replace(EXAMPLE_WORD, '').trim();
}

/** The example id the check plugin put in a block's meta, if any. */
export function readExampleId(meta: string | null | undefined): string | undefined {
	return EXAMPLE_WORD.exec(meta ?? '')?.[1];
}
