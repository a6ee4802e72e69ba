import { readdirSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { sitemapPaths } from '../built-site';
import { parsePolicy } from './csp-policy';

/** The header policy of a page: what its own <meta> policy cannot say. */
const PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/** The headers deploy/nginx/security-headers.conf promises on every response. */
const SECURITY_HEADERS: Record<string, string | RegExp> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': /^camera=\(\), microphone=\(\)/,
	'cross-origin-opener-policy': 'same-origin',
	'x-frame-options': 'DENY',
};

/** Expect a policy under which a document runs no script and loads nothing. */
function expectScriptless(content: string | undefined, what: string) {
	const policy = parsePolicy(content ?? '');
	expect(policy.get('default-src'), `default-src on ${what}`).toEqual(["'none'"]);
	// No script-src: scripts fall back to default-src 'none'.
	expect(policy.has('script-src'), `script-src on ${what}`).toBe(false);
	expect(policy.get('sandbox'), `sandbox on ${what}`).toEqual([]);
	expect(policy.get('frame-ancestors'), `frame-ancestors on ${what}`).toEqual(["'none'"]);
}

function expectSecurityHeaders(response: APIResponse, what: string) {
	const headers = response.headers();
	const csp = headers['content-security-policy'];
	if (headers['content-type']?.startsWith('text/html'))
		expect(csp, `content-security-policy on ${what}`).toBe(PAGE_POLICY);
	else if (new URL(response.url()).pathname !== '/pagefind/pagefind-worker.js')
		expectScriptless(csp, what);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		expect(headers[name], `${name} on ${what}`).toMatch(value);
	}
	// No version number for scanners to match against.
	expect(headers['server'], `server on ${what}`).toBe('nginx');
}

/** A file of dist/ whose name ends with `suffix`, as a URL path. */
function builtFile(dir: string, suffix: string): string {
	const name = readdirSync(`dist/${dir}`).find((file) => file.endsWith(suffix));
	if (!name) throw new Error(`dist/${dir} has no *${suffix} file: is the build complete?`);
	return `/${dir}/${name}`;
}

test('every page of the sitemap answers 200 with the security headers and revalidation', async ({
	request,
}) => {
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(10);
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
		expect(response.headers()['cache-control'], path).toBe('no-cache');
		expectSecurityHeaders(response, path);
	}
});

test('an unknown path answers 404 with the site’s own 404 page and the headers', async ({
	request,
}) => {
	for (const path of [
		'/no-such-page/',
		'/notes/no-such-note/',
		'/_astro/missing.js',
		'/pagefind/missing.pf_index',
		'/404.html',
	]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
		expect(await response.text(), path).toContain('<title>Page not found | Docker Notes</title>');
		expectSecurityHeaders(response, path);
	}
});

test('a path without its trailing slash redirects to the page, relative to the host used', async ({
	request,
}) => {
	const response = await request.get('/notes/compose', { maxRedirects: 0 });
	expect(response.status()).toBe(301);
	expect(response.headers()['location']).toBe('/notes/compose/');
	expectSecurityHeaders(response, 'a redirect');
});

test('hashed bundles are cached for a year, Pagefind for an hour, pages revalidate', async ({
	request,
}) => {
	const cases: [string, string][] = [
		[builtFile('_astro', '.css'), 'public, max-age=31536000, immutable'],
		['/pagefind/pagefind.js', 'public, max-age=3600'],
		['/pagefind/pagefind-worker.js', 'public, max-age=3600'],
		['/pagefind/pagefind-entry.json', 'public, max-age=3600'],
		['/pagefind/wasm.en.pagefind', 'public, max-age=3600'],
		['/', 'no-cache'],
		['/sitemap-index.xml', 'no-cache'],
	];
	for (const [path, cacheControl] of cases) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe(cacheControl);
		expectSecurityHeaders(response, path);
	}
});

test('HTML, CSS, JavaScript and XML are gzipped; Pagefind’s pre-compressed files are not', async ({
	request,
}) => {
	const gzip = { 'accept-encoding': 'gzip' };
	// The site's only JSON file (pagefind-entry.json) is below gzip_min_length; nginx-config.test.ts
	// checks that JSON and WebAssembly are in gzip_types.
	for (const path of [
		'/notes/compose/',
		builtFile('_astro', '.css'),
		'/pagefind/pagefind.js',
		'/sitemap-0.xml',
	]) {
		const response = await request.get(path, { headers: gzip });
		expect(response.headers()['content-encoding'], path).toBe('gzip');
		expect(response.headers()['vary'], path).toContain('Accept-Encoding');
	}
	const wasm = await request.get('/pagefind/wasm.en.pagefind', { headers: gzip });
	expect(wasm.headers()['content-encoding']).toBeUndefined();
});

test('every file that is not a page is sent with a policy that runs no script', async ({
	request,
}) => {
	// One file of each kind the build writes (the scripted-SVG attack itself is in files.test.ts).
	const paths = [
		'/favicon.svg',
		'/social.png',
		'/sitemap-0.xml',
		'/rss.xml',
		'/robots.txt',
		'/llms.txt',
		'/manifest.webmanifest',
		'/notes/compose.md',
		'/search-vocabulary.json',
		builtFile('_astro', '.css'),
		builtFile('_astro', '.js'),
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-entry.json',
		'/pagefind/wasm.en.pagefind',
	];
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-type'], path).not.toMatch(/^text\/html/);
		expectScriptless(response.headers()['content-security-policy'], path);
	}
});

test('Pagefind’s worker may compile its WebAssembly and fetch the index from the site, nothing more', async ({
	request,
}) => {
	const response = await request.get('/pagefind/pagefind-worker.js');
	const policy = parsePolicy(response.headers()['content-security-policy'] ?? '');
	expect(policy.get('default-src')).toEqual(["'none'"]);
	expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	expect(policy.get('connect-src')).toEqual(["'self'"]);
	// csp.test.ts shows search running in this worker, and failing without 'wasm-unsafe-eval'.
});

test('the workbench’s worker runs scripts from the site and compiles no WebAssembly', async ({
	request,
}) => {
	const worker = readdirSync('dist/_astro').find((f) => /^workbench-worker-[\w-]+\.js$/.test(f));
	expect(worker, 'a built workbench worker').toBeDefined();
	const response = await request.get(`/_astro/${worker}`);
	const policy = parsePolicy(response.headers()['content-security-policy'] ?? '');
	expect(policy.get('default-src')).toEqual(["'none'"]);
	// Its diagrams are drawn in TypeScript now; workbench-csp.test.ts draws both under this policy.
	expect(policy.get('script-src')).toEqual(["'self'"]);
});

test('Markdown twins are text/markdown in UTF-8, the manifest application/manifest+json', async ({
	request,
}) => {
	expect((await request.get('/notes/compose.md')).headers()['content-type']).toBe(
		'text/markdown; charset=utf-8'
	);
	expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe(
		'application/manifest+json'
	);
});

test('the header policy leaves scripts and styles to the page’s own policy', async ({
	request,
}) => {
	const policy = (await request.get('/')).headers()['content-security-policy']!;
	const directives = policy.split(';').map((d) => d.trim().split(/\s+/)[0]);
	// Browsers enforce both policies: a script-src here would block the hashed inline scripts
	// and, on pagefind-worker.js, WebAssembly in the worker (which the <meta> cannot reach).
	for (const loose of ['default-src', 'script-src', 'style-src', 'worker-src'])
		expect(directives).not.toContain(loose);
});
