import { describe, expect, test } from 'vitest';
import { readVocabulary } from '../../../../src/lib/search/read-vocabulary';

const page = (body: string, marked: boolean) =>
	`<!doctype html><html><body><nav>navword</nav><main${marked ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

/** Read the vocabulary of a site of `files` (path → HTML), recording which files were read. */
async function run(files: Record<string, string>) {
	const read: string[] = [];
	const result = await readVocabulary(Object.keys(files), async (file) => {
		read.push(file);
		return files[file]!;
	});
	return { ...result, read };
}

describe('the typo vocabulary holds the words of the pages Pagefind indexes', () => {
	test('with data-pagefind-body on some pages, only those pages give words', async () => {
		const result = await run({
			'index.html': page('<p>homeword</p>', false),
			'notes/probe/index.html': page('<p>healthcheck probe</p>', true),
			'print/index.html': page('<p>printword</p>', false),
		});
		expect(result.pages).toBe(1);
		expect(result.vocabulary.words).toEqual(['healthcheck', 'probe']);
		// Each page is read once; the ones without a body are not read again.
		expect(result.read).toEqual(['index.html', 'notes/probe/index.html', 'print/index.html']);
	});

	test('a page that only mentions data-pagefind-body in its text gives no words', async () => {
		const result = await run({
			'notes/a/index.html': page('<p>alpha</p>', true),
			'notes/b/index.html': page('<p>write data-pagefind-body on the article</p>', false),
		});
		expect(result.pages).toBe(1);
		expect(result.vocabulary.words).toEqual(['alpha']);
	});

	test('without data-pagefind-body anywhere, every page is read whole', async () => {
		const result = await run({
			'index.html': page('<p>homeword</p>', false),
			'about/index.html': page('<p>aboutword</p>', false),
		});
		expect(result.pages).toBe(2);
		expect(result.vocabulary.words).toEqual(['aboutword', 'homeword']);
	});
});

describe('reading the pages', () => {
	test('the next pages are read while one is parsed, a few at a time, in order', async () => {
		const files = Array.from({ length: 30 }, (_, i) => `notes/n${i}/index.html`);
		let reading = 0;
		let most = 0;
		const result = await readVocabulary(files, async (file) => {
			reading += 1;
			most = Math.max(most, reading);
			await new Promise((done) => setTimeout(done, 1));
			reading -= 1;
			return page(file.includes('n29') ? '<p>healthcheck</p>' : '<p>probe</p>', true);
		});
		expect(result.pages).toBe(30);
		expect(result.vocabulary.words).toEqual(['healthcheck', 'probe']);
		expect(most).toBeGreaterThan(1);
		expect(most).toBeLessThanOrEqual(8);
	});

	test('a page that cannot be read fails the build, naming it', async () => {
		const files = Array.from({ length: 10 }, (_, i) => `notes/n${i}/index.html`);
		await expect(
			readVocabulary(files, async (file) => {
				if (file === 'notes/n5/index.html') throw new Error(`cannot read ${file}`);
				await new Promise((done) => setTimeout(done, 5));
				return page('<p>word</p>', true);
			})
		).rejects.toThrow('cannot read notes/n5/index.html');
	});
});
