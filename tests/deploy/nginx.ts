import { spawn, spawnSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx; NGINX_PATH chooses another. `scripts/setup.sh` installs it when absent. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The MIME map the test server loads: Debian's copy of the one nginx ships. */
const MIME_TYPES = '/etc/nginx/mime.types';

/** The project's nginx files, as the Dockerfile copies them into the image. */
const SERVER_CONF = 'deploy/nginx/default.conf';
const HEADERS_CONF = 'deploy/nginx/security-headers.conf';

/** Replace one exact line of the server config, or explain which line went missing. */
export function replaceOnce(text: string, line: string, replacement: string): string {
	const count = text.split(line).length - 1;
	if (count !== 1) {
		throw new Error(
			`${SERVER_CONF}: the deployment tests replace \`${line}\` (found ${count} times, expected once). ` +
				'Keep that line as it is, or update tests/deploy/nginx.ts to match.'
		);
	}
	return text.replace(line, replacement);
}

/**
 * Write a configuration that runs the project's nginx files as the image does, but without
 * root: the main file mirrors nginx-unprivileged's (pid and temp files in a writable
 * directory, `daemon off`), the server listens on 127.0.0.1:`port` and serves `root`.
 * Returns the directory; start nginx with `nginxArgs(dir)`.
 */
export function writeNginxConfig({
	port,
	root,
	edit = (conf) => conf,
}: {
	port: number;
	root: string;
	/** Change the server config first: the negative controls take one rule out. */
	edit?: (conf: string) => string;
}): string {
	if (!existsSync(NGINX))
		throw new Error(`No nginx at ${NGINX}: run \`source scripts/setup.sh\` or set NGINX_PATH.`);
	const dir = mkdtempSync(join(tmpdir(), 'dn-nginx-'));
	// Workers drop to `nobody` when the tests run as root: let them into the directory.
	chmodSync(dir, 0o755);
	mkdirSync(join(dir, 'conf.d'));
	mkdirSync(join(dir, 'snippets'));
	copyFileSync(MIME_TYPES, join(dir, 'mime.types'));
	copyFileSync(HEADERS_CONF, join(dir, 'snippets/security-headers.conf'));
	let server = readFileSync(SERVER_CONF, 'utf8');
	server = replaceOnce(server, '\tlisten 8080;', `\tlisten 127.0.0.1:${port};`);
	server = replaceOnce(server, '\troot /usr/share/nginx/html;', `\troot ${resolve(root)};`);
	server = edit(server);
	writeFileSync(join(dir, 'conf.d/default.conf'), server);
	const temp = (name: string) => join(dir, name);
	writeFileSync(
		join(dir, 'nginx.conf'),
		`worker_processes 1;
daemon off;
pid ${temp('nginx.pid')};
error_log stderr warn;
events {
	worker_connections 256;
}
http {
	include mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	keepalive_timeout 65;
	client_body_temp_path ${temp('client_temp')};
	proxy_temp_path ${temp('proxy_temp')};
	fastcgi_temp_path ${temp('fastcgi_temp')};
	uwsgi_temp_path ${temp('uwsgi_temp')};
	scgi_temp_path ${temp('scgi_temp')};
	include conf.d/*.conf;
}
`
	);
	return dir;
}

/**
 * Copy a built site to `dest` so that nginx's workers can read it wherever the checkout
 * lives. Run as root, nginx's workers drop to `nobody`, who may not enter a home directory
 * that only its owner can read; the copy is world-readable, in a world-readable place.
 * Symlinks are copied as links, so the server's refusal to follow them still applies.
 */
export function copyReadable(source: string, dest: string): string {
	cpSync(source, dest, { recursive: true, verbatimSymlinks: true });
	return makeReadable(dest);
}

/** Let everyone read the files and enter the folders under `dir` (symlinks are left alone). */
export function makeReadable(dir: string): string {
	chmodSync(dir, 0o755);
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const child = join(dir, entry.name);
		if (entry.isDirectory()) makeReadable(child);
		else if (entry.isFile()) chmodSync(child, 0o644);
	}
	return dir;
}

/** The arguments that run nginx on a directory from `writeNginxConfig`, logging to stderr. */
export function nginxArgs(dir: string): string[] {
	// -e: nginx opens its compiled-in error log before reading the config; a non-root user
	// may not write there.
	return ['-e', 'stderr', '-p', `${dir}/`, '-c', join(dir, 'nginx.conf')];
}

/** Run `nginx -t` (or `-T`, which also prints the configuration) on a written configuration. */
export function testNginxConfig(dir: string, flag: '-t' | '-T' = '-t') {
	const result = spawnSync(NGINX, [flag, ...nginxArgs(dir)], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))
			);
		});
	});
}

/** The server config without the block that starts with `opening` (a whole `location … {` line). */
export function withoutBlock(conf: string, opening: string): string {
	const start = conf.indexOf(`\t${opening}\n`);
	if (start < 0 || conf.indexOf(`\t${opening}\n`, start + 1) >= 0) {
		throw new Error(
			`${SERVER_CONF}: the deployment tests remove the block \`${opening}\`, which is not there exactly once.`
		);
	}
	let depth = 0;
	for (let i = conf.indexOf('{', start); i < conf.length; i++) {
		if (conf[i] === '{') depth++;
		if (conf[i] === '}' && --depth === 0) return conf.slice(0, start) + conf.slice(i + 1);
	}
	throw new Error(`${SERVER_CONF}: the block \`${opening}\` never closes.`);
}

/** A running nginx with the project's configuration, from `startNginx`. */
export interface RunningNginx {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	stop(): Promise<void>;
}

/** Start nginx with the project's configuration (optionally edited) on `root`, on a free port. */
export async function startNginx(
	root: string,
	edit?: (conf: string) => string
): Promise<RunningNginx> {
	const port = await freePort();
	const dir = writeNginxConfig({ port, root, ...(edit && { edit }) });
	const checked = testNginxConfig(dir);
	if (checked.status !== 0) throw new Error(`nginx -t failed:\n${checked.stderr}`);
	// Its error log is quiet on purpose: the tests provoke refusals that nginx logs as [crit].
	const nginx = spawn(NGINX, nginxArgs(dir), { stdio: 'ignore' });
	const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
	const origin = `http://127.0.0.1:${port}`;
	for (let attempt = 0; ; attempt++) {
		try {
			await fetch(origin, { method: 'HEAD' });
			break;
		} catch (error) {
			if (attempt > 100 || nginx.exitCode !== null)
				throw new Error(`nginx did not start on ${origin}`, { cause: error });
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	return {
		origin,
		stop: async () => {
			nginx.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
