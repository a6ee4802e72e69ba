import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sitemapUrls } from '../built-site';

// What GitHub Pages gives a project site: https://<owner>.github.io/<repository>/.
const BASE = '/docker-notes/';
const SITE = 'https://docker-notes.github.io';
let outDir = '';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The environment of a plain shell: Vitest sets BASE_URL, MODE and others that Astro would read. */
function shellEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

beforeAll(() => {
	outDir = mkdtempSync(join(tmpdir(), 'dn-base-path-'));
	// The real build, as the Pages workflow runs it, into a directory of its own.
	execFileSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
		{
			env: { ...shellEnv(), BASE_PATH: BASE, SITE_URL: SITE },
			stdio: 'pipe',
		}
	);
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('a note’s own /notes/… links point under the base path', () => {
	const html = readFileSync(join(outDir, 'notes/multi-stage-builds/index.html'), 'utf8');
	// The note writes [the Dockerfile](/notes/dockerfile/).
	expect(html).toContain(`href="${BASE}notes/dockerfile/"`);
	expect(html).not.toContain('href="/notes/');
});

test('no page links to or loads anything outside the base path', () => {
	const files = htmlFiles(outDir);
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		for (const [, attribute, url] of html.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
			expect(url, `${attribute} in ${file.slice(outDir.length)}`).toMatch(new RegExp(`^${BASE}`));
		}
	}
});

test('the sitemap lists full URLs under the base path', () => {
	const locs = sitemapUrls(outDir).map((url) => url.href);
	expect(locs.length).toBeGreaterThan(10);
	for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
});
