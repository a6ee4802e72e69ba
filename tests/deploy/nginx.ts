import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
function replaceOnce(text: string, line: string, replacement: string): string {
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
export function writeNginxConfig({ port, root }: { port: number; root: string }): string {
	if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: run \`source scripts/setup.sh\` or set NGINX_PATH.`);
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
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}
