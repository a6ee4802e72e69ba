// What the server refuses to serve and how it labels what it does serve, on a small site
// made for the purpose: dotfiles, symlinks, a scripted SVG, Markdown and a web manifest.
// Each rule has a negative control: the same request to nginx with that one rule taken out.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	copyReadable,
	makeReadable,
	replaceOnce,
	startNginx,
	withoutBlock,
	type RunningNginx,
} from './nginx';

/** Write `files` (path → text) under `root`, with their folders. */
function writeTree(root: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

const NOT_FOUND = '<!doctype html><title>Page not found | Docker Notes</title>';
/** An SVG that marks the document when its script runs. */
const SCRIPTED_SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>document.documentElement.setAttribute("data-ran", "yes")</script></svg>';

let work: string;
let site: string;
let server: RunningNginx;

test.beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'dn-files-'));
	site = join(work, 'site');
	writeTree(site, {
		'index.html': '<!doctype html><title>Home</title>',
		'404.html': NOT_FOUND,
		'public.txt': 'PUBLIC',
		'.env': 'SECRET=1',
		'.git/config': '[core]',
		'notes/.draft/index.html': '<!doctype html><title>Draft</title>',
		'notes/compose.md': '# Docker Compose\n',
		'manifest.webmanifest': '{"name":"Docker Notes"}',
		'scripted.svg': SCRIPTED_SVG,
	});
	// Outside the site: what a link inside it would publish if nginx followed it.
	writeTree(work, { 'outside/secret.txt': 'OUTSIDE', 'outside/dir/file.txt': 'OUTSIDE' });
	symlinkSync(join(work, 'outside/secret.txt'), join(site, 'linked.txt'));
	symlinkSync(join(work, 'outside/dir'), join(site, 'linked-dir'));
	symlinkSync('public.txt', join(site, 'alias.txt'));
	makeReadable(work);
	// The root itself is a link (as a release directory often is): that one is allowed.
	symlinkSync(site, join(work, 'current'));
	server = await startNginx(join(work, 'current'));
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(work, { recursive: true, force: true });
});

/** Status and body of a GET on a running nginx. */
async function get(on: RunningNginx, path: string) {
	const response = await fetch(on.origin + path);
	return {
		status: response.status,
		type: response.headers.get('content-type'),
		body: await response.text(),
		headers: response.headers,
	};
}

/** Run `check` on nginx with one rule of the project's config taken out, then stop it. */
async function withoutRule<T>(
	edit: (conf: string) => string,
	check: (on: RunningNginx) => Promise<T>
): Promise<T> {
	const other = await startNginx(join(work, 'current'), edit);
	try {
		return await check(other);
	} finally {
		await other.stop();
	}
}

const DOT_PATHS = [
	'/.env',
	'/.git/config',
	'/notes/.draft/',
	'/%2eenv',
	'/notes/%2Edraft/index.html',
];

test('dotfiles and dot-folders answer 404 with the site’s page, wherever they are', async () => {
	expect((await get(server, '/public.txt')).status).toBe(200);
	for (const path of DOT_PATHS) {
		const response = await get(server, path);
		expect(response.status, path).toBe(404);
		expect(response.body, path).toBe(NOT_FOUND);
	}
});

test('without the dotfile rule the same files are served, so the test above can fail', async () => {
	const statuses = await withoutRule(
		(conf) => withoutBlock(conf, 'location ~ /\\. {'),
		async (on) => Promise.all(DOT_PATHS.map(async (path) => (await get(on, path)).status))
	);
	expect(statuses).toEqual(DOT_PATHS.map(() => 200));
});

const LINKS = ['/linked.txt', '/linked-dir/file.txt', '/alias.txt'];

test('symlinks inside the site are not followed, to files outside it or inside it', async () => {
	for (const path of LINKS) {
		const response = await get(server, path);
		expect(response.status, path).toBe(404);
		expect(response.body, path).not.toContain('OUTSIDE');
	}
	// The root was reached through a link of its own, and is served.
	expect((await get(server, '/')).status).toBe(200);
});

test('without disable_symlinks nginx follows them out of the site, so the test above can fail', async () => {
	const bodies = await withoutRule(
		(conf) => replaceOnce(conf, '\tdisable_symlinks on from=$document_root;', ''),
		async (on) => Promise.all(LINKS.map(async (path) => (await get(on, path)).body))
	);
	expect(bodies).toEqual(['OUTSIDE', 'OUTSIDE', 'PUBLIC']);
});

test('Markdown is text/markdown in UTF-8 and the manifest application/manifest+json', async () => {
	expect((await get(server, '/notes/compose.md')).type).toBe('text/markdown; charset=utf-8');
	expect((await get(server, '/manifest.webmanifest')).type).toBe('application/manifest+json');
	expect((await get(server, '/notes/missing.md')).status).toBe(404);
});

test('without their locations nginx sends both as application/octet-stream, so the test above can fail', async () => {
	const types = await withoutRule(
		(conf) =>
			withoutBlock(withoutBlock(conf, 'location ~ \\.md$ {'), 'location = /manifest.webmanifest {'),
		async (on) => [
			(await get(on, '/notes/compose.md')).type,
			(await get(on, '/manifest.webmanifest')).type,
		]
	);
	expect(types).toEqual(['application/octet-stream', 'application/octet-stream']);
});

test.describe('a scripted SVG opened as a page', () => {
	test('runs nothing under the header policy', async ({ page }) => {
		const response = await page.goto(`${server.origin}/scripted.svg`);
		expect(response?.headers()['content-security-policy']).toContain('sandbox');
		await expect(page.locator('svg')).toBeAttached();
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
	});

	test('runs its script without that policy, so the test above can fail', async ({ page }) => {
		await withoutRule(
			(conf) => replaceOnce(conf, '\tdefault $dn_csp_static;', '\tdefault "";'),
			async (on) => {
				const response = await page.goto(`${on.origin}/scripted.svg`);
				expect(response?.headers()['content-security-policy']).toBeUndefined();
				await expect
					.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-ran')))
					.toBe('yes');
			}
		);
	});
});

test.describe('a site in a folder only its owner can read', () => {
	let closed: string;
	test.beforeAll(() => {
		closed = mkdtempSync(join(tmpdir(), 'dn-closed-'));
		writeTree(closed, {
			'html/index.html': '<!doctype html><title>Home</title>',
			'html/404.html': NOT_FOUND,
		});
		chmodSync(closed, 0o700);
		chmodSync(join(closed, 'html/index.html'), 0o600);
	});
	test.afterAll(() => rmSync(closed, { recursive: true, force: true }));

	test('is served from its readable copy, as serve-nginx.ts does', async () => {
		const copy = join(work, 'copy');
		copyReadable(join(closed, 'html'), copy);
		const on = await startNginx(copy);
		try {
			expect((await get(on, '/')).status).toBe(200);
		} finally {
			await on.stop();
		}
	});

	test('cannot be served directly when nginx runs as root, so the copy is needed', async () => {
		test.skip(process.getuid?.() !== 0, 'Only root’s nginx workers drop to another user.');
		const on = await startNginx(join(closed, 'html'));
		try {
			expect((await get(on, '/')).status).not.toBe(200);
		} finally {
			await on.stop();
		}
	});
});
