import { indexedTexts, mayHaveBody, pageText, type PageText } from './page-text.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** Files read while earlier ones are parsed, at most this many waiting. */
const READ_AHEAD = 8;

/** Each file with its text, in order, the next few read while the caller works on this one. */
async function* readAhead(
	files: readonly string[],
	read: (file: string) => Promise<string>
): AsyncGenerator<[string, string]> {
	const waiting: Promise<string>[] = [];
	let next = 0;
	for (const file of files) {
		while (next < files.length && waiting.length < READ_AHEAD) {
			const text = read(files[next++]!);
			// Awaited in its turn: a failed read is reported then, not as an unhandled rejection.
			text.catch(() => {});
			waiting.push(text);
		}
		yield [file, await waiting.shift()!];
	}
}

/**
 * The typo vocabulary of a built site: the words of the pages Pagefind indexes, with their
 * counts, read from the same HTML files while Pagefind reads them in its own process.
 *
 * When a page has `data-pagefind-body`, Pagefind indexes only the pages that have one, so the
 * others (the home page, `/print/` …) are not parsed here. A site without one has
 * every page read whole, as Pagefind indexes them. `files` are paths relative to the site.
 */
export async function readVocabulary(
	files: readonly string[],
	read: (file: string) => Promise<string>
): Promise<{ pages: number; vocabulary: Vocabulary }> {
	const texts: PageText[] = [];
	const others: string[] = [];
	for await (const [file, html] of readAhead(files, read)) {
		if (mayHaveBody(html)) texts.push(pageText(html));
		else others.push(file);
	}
	if (!texts.some((page) => page.hasBody))
		for (const file of others) texts.push(pageText(await read(file)));
	const indexed = indexedTexts(texts);
	return {
		pages: texts.filter((page) => page.hasBody).length || texts.length,
		vocabulary: buildVocabulary(indexed),
	};
}
