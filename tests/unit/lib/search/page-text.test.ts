import { describe, expect, test } from 'vitest';
import { indexedTexts, mayHaveBody, pageText } from '../../../../src/lib/search/page-text';
import { buildVocabulary } from '../../../../src/lib/search/vocabulary';

/** A built note page: sidebar, header and footer around the indexed article, as NoteLayout renders. */
const note = (article: string, chrome = '') => `<!doctype html>
<html lang="en"><head><title>Healthchecks | Docker notes</title>
<meta name="description" content="headword"></head>
<body><header><a href="/">Docker notes</a></header>
<nav aria-label="Notes"><a href="/notes/volumes/">Volumes</a>${chrome}</nav>
<main><article data-pagefind-body>${article}</article><aside>Try it</aside></main>
<footer>Edit this page</footer></body></html>`;

const words = (...pages: string[]) => buildVocabulary(indexedTexts(pages.map(pageText))).words;

describe('the words of a page are the words Pagefind indexes', () => {
	test('a word in the article is in the vocabulary', () => {
		expect(words(note('<h1>Healthchecks</h1><p>A probe restarts the container.</p>'))).toEqual([
			'container',
			'healthchecks',
			'probe',
			'restarts',
			'the',
		]);
	});

	test('a word only in the sidebar, header or footer is not', () => {
		const vocabulary = words(note('<p>probe</p>', '<a href="/x/">sidebarword</a>'));
		expect(vocabulary).toEqual(['probe']);
		expect(vocabulary).not.toContain('sidebarword');
		expect(vocabulary).not.toContain('volumes');
	});

	test('a word only in a page without data-pagefind-body is not, when another page has one', () => {
		const list = '<!doctype html><html><body><main><p>listword</p></main></body></html>';
		expect(words(note('<p>probe</p>'), list)).toEqual(['probe']);
	});

	test('without data-pagefind-body anywhere, the whole body counts but its nav and footer do not', () => {
		const page =
			'<html><head><title>titleword</title></head><body><nav>navword</nav><p>bodyword</p><footer>footword</footer></body></html>';
		expect(words(page)).toEqual(['bodyword']);
	});

	test('a word inside data-pagefind-ignore is not; the rest of the article is', () => {
		const article =
			'<p data-pagefind-ignore>ignoredword</p><div data-pagefind-ignore="all"><p>hiddenword</p></div><p>keptword</p>';
		expect(words(note(article))).toEqual(['keptword']);
	});

	test('scripts, styles, SVG text and forms in the article are not read', () => {
		const article =
			'<p>keptword</p><script>scriptword()</script><style>.styleword{}</style><svg><text>svgword</text></svg><form><label>labelword</label><input value="inputword"></form>';
		expect(words(note(article))).toEqual(['keptword']);
	});

	test('inline elements join their text into one word, as Pagefind joins it; blocks separate', () => {
		const text = pageText(note('<p>multi<code>stage</code>build</p><p>next</p><li>item</li>')).body;
		expect(text.split(/\s+/).filter(Boolean)).toEqual(['multistagebuild', 'next', 'item']);
	});

	test('entities are decoded, so `&lt;none&gt;` is read as the word `none`', () => {
		expect(words(note('<p>&lt;none&gt; &amp; d&#xE9;j&#xE0;</p>'))).toEqual(['déjà', 'none']);
	});
});

describe('metadata is searchable, so its values count', () => {
	test('inline keywords and an element’s own text are read, even in a hidden element', () => {
		const article =
			'<h1 data-pagefind-meta="title">Healthchecks</h1><div hidden data-pagefind-meta="keywords:probe, liveness"></div>';
		expect(pageText(note(article)).meta).toEqual(['Healthchecks', 'probe, liveness']);
		expect(words(note(article))).toEqual(['healthchecks', 'liveness', 'probe']);
	});

	test('a value from an attribute is read; metadata inside data-pagefind-ignore="all" is not', () => {
		const article =
			'<img data-pagefind-meta="image[src], image_alt[alt]" src="/a.png" alt="Diagram"><div data-pagefind-ignore="all"><span data-pagefind-meta="secret:hiddenword"></span></div>';
		expect(pageText(note(article)).meta).toEqual(['/a.png', 'Diagram']);
	});

	test('a page is skipped unparsed only when it cannot have data-pagefind-body', () => {
		const withBody = note('<p>word</p>');
		const without = '<html><body><main><p>word</p></main></body></html>';
		expect(mayHaveBody(withBody)).toBe(true);
		expect(pageText(withBody).hasBody).toBe(true);
		expect(mayHaveBody(without)).toBe(false);
		expect(pageText(without).hasBody).toBe(false);
	});
});
