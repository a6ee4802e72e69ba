/** What a fenced code block's meta string asks for. */
export interface CodeMeta {
	/** A file name shown above the block (`title="compose.yaml"`). */
	title: string | undefined;
	/** A partial Dockerfile: no FROM required. */
	fragment: boolean;
	/** A deliberately wrong example: not checked, shown with a label. */
	nocheck: boolean;
	/** Check this YAML block as a Compose file. */
	compose: boolean;
}

/** Read the meta string of a fenced code block (everything after the language). */
export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
	const text = meta ?? '';
	const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(text);
	const rest = text.replace(/(?:^|\s)title=(?:"[^"]*"|'[^']*'|\S+)/, ' ');
	const words = new Set(rest.split(/\s+/).filter(Boolean));
	return {
		title: title ? (title[1] ?? title[2] ?? title[3]) : undefined,
		fragment: words.has('fragment'),
		nocheck: words.has('nocheck'),
		compose: words.has('compose'),
	};
}
