import { describe, expect, test } from 'vitest';
import {
	buildVersion,
	precacheEntries,
	precacheUrls,
	workerSettings,
	workerSource,
} from '../../../../src/lib/offline/precache';

const files = [
	'index.html',
	'notes/volumes/index.html',
	'notes/volumes.md',
	'_astro/BaseLayout.abc.css',
	'pagefind/pagefind.js',
	'pagefind/index/en_1.pf_index',
	'workbench/index.html',
	'review/cards.json',
	'404.html',
	'sitemap-0.xml',
	'sitemap-index.xml',
	'rss.xml',
	'robots.txt',
	'llms.txt',
	'sw.js',
];

describe('precacheUrls', () => {
	test('caches every page as its URL, its assets, the search index and the workbench', () => {
		expect(precacheUrls(files, '/')).toEqual([
			'/',
			'/_astro/BaseLayout.abc.css',
			'/notes/volumes/',
			'/pagefind/index/en_1.pf_index',
			'/pagefind/pagefind.js',
			'/review/cards.json',
			'/workbench/',
		]);
	});

	test('puts the base path of a sub-path deployment in front', () => {
		expect(precacheUrls(['index.html', 'notes/volumes/index.html'], '/docs')).toEqual([
			'/docs/',
			'/docs/notes/volumes/',
		]);
	});
});

describe('buildVersion', () => {
	const a = [
		{ url: '/', content: '<h1>Home</h1>' },
		{ url: '/notes/volumes/', content: 'v1' },
	];
	test('is the same for the same files in any order', () => {
		expect(buildVersion([...a].reverse())).toBe(buildVersion(a));
	});
	test('changes when one file changes, or moves', () => {
		expect(buildVersion([a[0]!, { url: '/notes/volumes/', content: 'v2' }])).not.toBe(
			buildVersion(a)
		);
		expect(buildVersion([a[0]!, { url: '/notes/volume/', content: 'v1' }])).not.toBe(
			buildVersion(a)
		);
	});
});

test('workerSource puts the settings in front of the worker as data', () => {
	const source = workerSource('self.x = 1;', { version: 'abc', urls: ['/"quoted"/'], base: '/' });
	expect(source).toBe(
		'self.DN_OFFLINE = {"version":"abc","urls":["/\\"quoted\\"/"],"base":"/"};\nself.x = 1;'
	);
});

test('workerSettings reads back what workerSource wrote, and nothing from a worker without them', () => {
	const settings = { version: 'abc', urls: ['/', '/"quoted"/'], base: '/docs/' };
	expect(workerSettings(workerSource('self.x = 1;', settings))).toEqual(settings);
	expect(workerSettings('self.x = 1;')).toBeUndefined();
});

test('precacheEntries pairs each cached URL with the file it is read from, in the same order', () => {
	const entries = precacheEntries(files, '/docs/');
	expect(entries.map((e) => e.url)).toEqual(precacheUrls(files, '/docs/'));
	expect(entries).toContainEqual({ url: '/docs/', file: 'index.html' });
	expect(entries).toContainEqual({ url: '/docs/notes/volumes/', file: 'notes/volumes/index.html' });
	expect(entries.some((e) => e.file === '404.html')).toBe(false);
});
