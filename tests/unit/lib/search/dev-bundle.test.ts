import { expect, test } from 'vitest';
import { bundleContentType, bundleFileFor } from '../../../../src/lib/search/dev-bundle';

test('maps a request for the search bundle to its file in the build output', () => {
	expect(bundleFileFor('/pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
	expect(bundleFileFor('/pagefind/fragment/en_1a2b.pf_fragment?ts=1')).toBe(
		'pagefind/fragment/en_1a2b.pf_fragment'
	);
	expect(bundleFileFor('/docs/pagefind/pagefind-entry.json', '/docs/')).toBe(
		'pagefind/pagefind-entry.json'
	);
	expect(bundleFileFor('/docs/pagefind/pagefind-entry.json', '/docs')).toBe(
		'pagefind/pagefind-entry.json'
	);
});

test('maps a request for the typo vocabulary to the one the last build wrote', () => {
	expect(bundleFileFor('/search-vocabulary.json')).toBe('search-vocabulary.json');
	expect(bundleFileFor('/docs/search-vocabulary.json', '/docs/')).toBe('search-vocabulary.json');
	expect(bundleFileFor('/notes/search-vocabulary.json')).toBeUndefined();
});

test('leaves every other request to the dev server', () => {
	expect(bundleFileFor('/notes/dockerfile/')).toBeUndefined();
	expect(bundleFileFor('/pagefind')).toBeUndefined();
	expect(bundleFileFor('/pagefind/pagefind.js', '/docs/')).toBeUndefined();
});

test('refuses paths that climb out of the bundle folder', () => {
	expect(bundleFileFor('/pagefind/../../etc/passwd')).toBeUndefined();
	expect(bundleFileFor('/pagefind/%2e%2e/%2e%2e/package.json')).toBeUndefined();
	expect(bundleFileFor('/pagefind/..%5c..%5cpackage.json')).toBeUndefined();
	expect(bundleFileFor('/pagefind/%E0%A4%A')).toBeUndefined();
});

test('serves scripts and styles as text and index chunks as binary', () => {
	expect(bundleContentType('pagefind/pagefind.js')).toMatch(/^text\/javascript/);
	expect(bundleContentType('pagefind/pagefind-component-ui.css')).toMatch(/^text\/css/);
	expect(bundleContentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
});
