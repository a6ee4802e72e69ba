import { indexedTexts, mayHaveBody, pageText, type PageText } from './page-text.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/**
 * The typo vocabulary of a built site: the words of the pages Pagefind indexes, with their
 * counts, read from the same HTML files while Pagefind reads them in its own process.
 *
 * When a page has `data-pagefind-body`, Pagefind indexes only the pages that have one, so the
 * others (the home page, the 20 MB `/print/` …) are not parsed here. A site without one has
 * every page read whole, as Pagefind indexes them. `files` are paths relative to the site.
 */
export async function readVocabulary(
	files: readonly string[],
	read: (file: string) => Promise<string>
): Promise<{ pages: number; vocabulary: Vocabulary }> {
	const texts: PageText[] = [];
	const others: string[] = [];
	for (const file of files) {
		const html = await read(file);
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
