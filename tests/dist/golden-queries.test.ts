// The golden queries against the built site's own search: the Pagefind engine and index that
// `npm run build` wrote to dist/pagefind/, with the options and the typo correction the search
// dialog gives it (src/scripts/search-dialog.ts), and the vocabulary the site serves. No
// browser is needed to rank: search.test.ts checks in the dialog that it ranks the same way.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_RANKING, VOCABULARY_PATH } from '../../src/lib/search/config';
import { withCorrection } from '../../src/lib/search/corrected-engine';
import type { PagefindEngine } from '../../src/lib/search/pagefind-adapter';
import type { Vocabulary } from '../../src/lib/search/vocabulary';
import { DIST } from '../built-site';
import { GOLDEN_QUERIES, noteSlugOf } from '../e2e/golden-queries';
import { startStaticServer, type StaticServer } from '../static-server';

let server: StaticServer;
/** Pagefind's engine as the build wrote it, and the same engine as the dialog wraps it. */
let real: PagefindEngine;
let engine: PagefindEngine;
/** What the dialog's correction notice would say: the corrected query, or nothing. */
let shown: string | undefined;

beforeAll(async () => {
	server = await startStaticServer(DIST);
	const module = (await import(
		/* @vite-ignore */ pathToFileURL(resolve(DIST, 'pagefind/pagefind.js')).href
	)) as { createInstance(options: object): PagefindEngine };
	// What the dialog's configureInstance() hands the engine, with the bundle served over HTTP.
	real = module.createInstance({
		basePath: `${server.origin}/pagefind/`,
		baseUrl: '/',
		ranking: SEARCH_RANKING,
	});
	const vocabulary = JSON.parse(readFileSync(join(DIST, VOCABULARY_PATH), 'utf8')) as Vocabulary;
	engine = withCorrection(real, {
		vocabulary: () => Promise.resolve(vocabulary),
		prefetch: (response) => response,
		notice: {
			exact: undefined,
			show: (_typed, corrected) => (shown = corrected),
			hide: () => (shown = undefined),
		},
		count: () => undefined,
	});
});

afterAll(() => server?.close());

/** The slugs of the first three notes a query lists, as the dialog asks for them. */
async function topThree(query: string, from = engine): Promise<string[]> {
	// The Component UI's call: `__pagefind__.search(term, { filters, sort })`, no filter chosen.
	const response = await from.search(query, { filters: {}, sort: undefined });
	const pages = await Promise.all(
		(response?.results ?? [])
			.slice(0, 3)
			.map(async (result) => ((await result.data()) as { url: string }).url)
	);
	return pages.map(noteSlugOf);
}

describe('golden queries', () => {
	for (const [group, queries] of Object.entries(GOLDEN_QUERIES)) {
		test(`${group}: each finds its note in the top 3`, async () => {
			for (const [query, slug] of queries)
				expect.soft(await topThree(query), `top 3 for "${query}"`).toContain(slug);
		});
	}

	test('the twin: the engine alone misses the typos the corrected search finds', async () => {
		for (const [typo, corrected, slug] of [
			['dockerfle', 'dockerfile', 'dockerfile'],
			['heathcheck', 'healthcheck', 'compose'],
		] as const) {
			expect(await topThree(typo, real), typo).not.toContain(slug);
			expect(await topThree(typo), typo).toContain(slug);
			expect(shown, typo).toBe(corrected);
		}
		await topThree('kubernetes');
		expect(shown).toBeUndefined();
	});
});
