import { execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/** A static server whose root can be swapped, so one origin (and its storage) sees two deploys. */
export interface SwappableServer {
	origin: string;
	/** Serve this directory from now on. */
	serve(root: string): void;
	close(): Promise<void>;
}

/** Start a static server for a built site on a free port. */
export async function startSwappableServer(root: string): Promise<SwappableServer> {
	let current = resolve(root);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(current, normalize(path));
		if (!file.startsWith(current)) file = join(current, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const target = found ? file : join(current, '404.html');
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		res.end(readFileSync(target));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		serve: (next) => {
			current = resolve(next);
		},
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** A small but complete note for the fixture: frontmatter, a section and "Check yourself". */
export function syntheticNote(slug: string, section: string, order: number): string {
	return [
		'---',
		`title: Extra note ${order}`,
		`description: A note added by the progress tests so the path outgrows the sidebar.`,
		`section: ${section}`,
		`order: ${order}`,
		'---',
		'',
		'## What it says',
		'',
		`This is ${slug}, one of many notes that make the sidebar show only part of the path.`,
		'',
		'## Check yourself',
		'',
		'<details>',
		'<summary>Why does this note exist?</summary>',
		'',
		'To make the learning path longer than the sidebar shows.',
		'',
		'</details>',
		'',
	].join('\n');
}

/**
 * Build a copy of the site with edited and added notes into `<dir>/dist`, the way a later deploy would
 * be built. The copy lives under .tmp/ in the project, so it resolves the project's node_modules.
 */
export function buildEditedSite(
	dir: string,
	edits: Record<string, (text: string) => string>,
	added: Record<string, string> = {}
): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of [
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
		'src',
		'content',
		'public',
	]) {
		if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
	}
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		const before = readFileSync(path, 'utf8');
		const after = edit(before);
		if (after === before)
			throw new Error(`The edit of ${file} changed nothing: update the test's edit.`);
		writeFileSync(path, after);
	}
	for (const [file, text] of Object.entries(added)) writeFileSync(join(dir, file), text);
	execFileSync(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
		{
			stdio: 'pipe',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		}
	);
	return join(dir, 'dist');
}
