/**
 * Split inline code into its words and the spaces between them, so a table cell can keep each
 * word whole (`docker image ls --digests` must not break after `--` on a phone) and still wrap
 * between words. Joining the parts gives the text back unchanged.
 */
export function commandWords(text: string): { text: string; space: boolean }[] {
	return (text.match(/\s+|\S+/g) ?? []).map((part) => ({ text: part, space: /^\s/.test(part) }));
}
