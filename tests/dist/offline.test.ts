// The offline list in dist/sw.js against the finished build. The list is made while Pagefind is
// still writing the search index (src/integrations/offline.ts reads the other files first), so
// these fail if a file written late is missing from it or was hashed before it was final.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	buildVersion,
	precacheUrls,
	WORKER_FILE,
	workerSettings,
} from '../../src/lib/offline/precache';
import { VOCABULARY_PATH } from '../../src/lib/search/config';
import { DIST, distFiles, readDist } from '../built-site';

const settings = workerSettings(readDist(WORKER_FILE))!;

/** The built file behind a cached URL: a page's URL is its folder's index.html. */
const fileOf = (url: string) => {
	const path = url.slice(settings.base.length);
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

test('the worker caches every file of the finished build, the search index and vocabulary too', () => {
	expect(settings.urls).toEqual(precacheUrls(distFiles(), settings.base));
	expect(settings.urls).toContain(`${settings.base}${VOCABULARY_PATH}`);
	expect(settings.urls).toContain(`${settings.base}pagefind/pagefind-entry.json`);
	expect(settings.urls.filter((url) => url.includes('/pagefind/fragment/')).length).toBeGreaterThan(
		10
	);
});

test('its build version is the hash of those files as they are now, filled /print/ and index included', () => {
	const entries = settings.urls.map((url) => ({
		url,
		content: readFileSync(join(DIST, fileOf(url))),
	}));
	expect(buildVersion(entries)).toBe(settings.version);
	// The twin: one changed byte in a late file gives another version.
	const vocabulary = entries.find((e) => e.url.endsWith(VOCABULARY_PATH))!;
	vocabulary.content = Buffer.concat([vocabulary.content, Buffer.from(' ')]);
	expect(buildVersion(entries)).not.toBe(settings.version);
});
