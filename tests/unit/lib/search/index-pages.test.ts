import { describe, expect, test } from 'vitest';
import { indexPages, type AddPage } from '../../../../src/lib/search/index-pages';

const page = (body: string, marked: boolean) =>
	`<!doctype html><html><body><nav>navword</nav><main${marked ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

/** Index a site of `files` (path → HTML) and record what was read and handed to Pagefind. */
async function run(files: Record<string, string>, add?: AddPage) {
	const read: string[] = [];
	const added: string[] = [];
	const result = await indexPages(
		Object.keys(files),
		async (file) => {
			read.push(file);
			return files[file]!;
		},
		add ??
			(async (p) => {
				added.push(p.sourcePath);
				expect(p.content).toBe(files[p.sourcePath]);
				return { errors: [] };
			})
	);
	return { ...result, read, added };
}

describe('the search build reads each page once, for the index and the vocabulary', () => {
	test('with data-pagefind-body on some pages, only those reach Pagefind and the vocabulary', async () => {
		const result = await run({
			'index.html': page('<p>homeword</p>', false),
			'notes/probe/index.html': page('<p>healthcheck probe</p>', true),
			'print/index.html': page('<p>printword</p>', false),
		});
		expect(result.added).toEqual(['notes/probe/index.html']);
		expect(result.pages).toBe(1);
		expect(result.vocabulary.words).toEqual(['healthcheck', 'probe']);
		// Each page is read once; the ones without a body are not read again.
		expect(result.read).toEqual(['index.html', 'notes/probe/index.html', 'print/index.html']);
	});

	test('a page that only mentions data-pagefind-body in its text is handed over, and Pagefind drops it', async () => {
		const result = await run({
			'notes/a/index.html': page('<p>alpha</p>', true),
			'notes/b/index.html': page('<p>write data-pagefind-body on the article</p>', false),
		});
		expect(result.added).toEqual(['notes/a/index.html', 'notes/b/index.html']);
		expect(result.vocabulary.words).toEqual(['alpha']);
	});

	test('without data-pagefind-body anywhere, every page is handed over and read whole', async () => {
		const result = await run({
			'index.html': page('<p>homeword</p>', false),
			'about/index.html': page('<p>aboutword</p>', false),
		});
		expect(result.added.sort()).toEqual(['about/index.html', 'index.html']);
		expect(result.pages).toBe(2);
		expect(result.vocabulary.words).toEqual(['aboutword', 'homeword']);
	});

	test('an error from Pagefind fails the build, naming it', async () => {
		await expect(
			run({ 'notes/a/index.html': page('<p>alpha</p>', true) }, async () => ({
				errors: ['could not parse notes/a/index.html'],
			}))
		).rejects.toThrow('Pagefind indexing failed: could not parse notes/a/index.html');
	});

	test('Pagefind gets pages while later ones are read, but never the whole site queued at once', async () => {
		const files = Object.fromEntries(
			Array.from({ length: 50 }, (_, i) => [
				`notes/n${i}/index.html`,
				page(`<p>word${i}</p>`, true),
			])
		);
		let pending = 0;
		let most = 0;
		const result = await run(files, async () => {
			pending += 1;
			most = Math.max(most, pending);
			await new Promise((done) => setTimeout(done, 1));
			pending -= 1;
			return { errors: [] };
		});
		expect(result.pages).toBe(50);
		expect(most).toBeGreaterThan(1);
		expect(most).toBeLessThanOrEqual(8);
	});
});
