import { indexedTexts, mayHaveBody, pageText, type PageText } from './page-text.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** Pages handed to Pagefind and not yet answered, at most. */
const IN_FLIGHT = 8;

/** What the search build does with one page it hands over (Pagefind's `index.addHTMLFile`). */
export type AddPage = (page: { sourcePath: string; content: string }) => Promise<{
	errors: string[];
}>;

/**
 * Read a site's built pages once, for the search index and for the typo vocabulary (the words
 * of the pages Pagefind indexes, with their counts).
 *
 * When a page has `data-pagefind-body`, Pagefind indexes only the pages that have one, so only
 * those are handed to `add`, as they are read: the others (the home page, the 20 MB `/print/` …)
 * are neither parsed here nor by Pagefind. A site without one has every page handed over, and
 * indexed whole, as Pagefind's own `addDirectory` would. `files` are paths relative to the site.
 */
export async function indexPages(
	files: readonly string[],
	read: (file: string) => Promise<string>,
	add: AddPage
): Promise<{ pages: number; vocabulary: Vocabulary }> {
	const texts: PageText[] = [];
	const errors: string[] = [];
	// A few pages in flight keep Pagefind busy while this side parses, without queueing the
	// whole site's HTML (base64 in JSON, as Pagefind's service sends it) in memory at once.
	const inFlight: Promise<void>[] = [];
	const hand = async (file: string, html: string) => {
		inFlight.push(
			add({ sourcePath: file, content: html }).then((added) => void errors.push(...added.errors))
		);
		texts.push(pageText(html));
		if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
	};
	const others: string[] = [];
	for (const file of files) {
		const html = await read(file);
		if (mayHaveBody(html)) await hand(file, html);
		else others.push(file);
	}
	if (!texts.some((page) => page.hasBody))
		for (const file of others) await hand(file, await read(file));
	const vocabulary = buildVocabulary(indexedTexts(texts));
	await Promise.all(inFlight);
	if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
	return { pages: texts.length, vocabulary };
}
