// The one static server of the browser tests: a built site on 127.0.0.1, with the site's
// own 404 page. Playwright starts it for tests/e2e (`node tests/static-server.ts dist PORT`);
// the progress tests start one whose folder they swap, so one origin sees two deploys.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv, { type RequestHandler } from 'sirv';

/** A static server from `startStaticServer`. */
export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** Serve this folder from now on (a later deploy at the same origin and storage). */
	serve(root: string): void;
	close(): Promise<void>;
}

/** A handler for one built site: its files, and its 404.html with a 404 status for the rest. */
function siteHandler(root: string): RequestHandler {
	const dir = resolve(root);
	return sirv(dir, {
		// Each deploy is a new handler, so the file list may be read once.
		dev: false,
		// Nothing cached between deploys: the browser asks every time, as after a real deploy.
		setHeaders: (res) => res.setHeader('cache-control', 'no-store'),
		onNoMatch: (_req, res) => {
			res.writeHead(404, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store',
			});
			res.end(readFileSync(join(dir, '404.html')));
		},
	});
}

/** Serve the built site in `root` on `port` (0: a free one). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
	let handle = siteHandler(root);
	const server = createServer((req, res) => handle(req, res));
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const address = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${address.port}`,
		serve: (next) => {
			handle = siteHandler(next);
		},
		close: () => new Promise((done) => server.close(() => done())),
	};
}

// Run as a script (not imported): `import.meta.main` would say so, but only from Node 24.2.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [root = 'dist', port = '4399'] = process.argv.slice(2);
	const server = await startStaticServer(root, Number(port));
	console.log(`Serving ${root} at ${server.origin}`);
	for (const signal of ['SIGTERM', 'SIGINT'] as const)
		process.on(signal, () => void server.close().then(() => process.exit(0)));
}
