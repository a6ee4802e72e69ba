// Serve dist/ with Debian's nginx and the project's configuration until told to stop.
// Playwright starts this as the webServer of playwright.nginx.config.ts.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyReadable, NGINX, nginxArgs, testNginxConfig, writeNginxConfig } from './nginx.ts';

const port = Number(process.env.NGINX_E2E_PORT);
if (!port) throw new Error('Set NGINX_E2E_PORT to the port nginx should listen on.');
if (!existsSync('dist/index.html'))
	throw new Error('dist/ is empty: run `npm run build` before the deployment tests.');

// A readable copy of dist/, not dist/ itself: see copyReadable.
const site = mkdtempSync(join(tmpdir(), 'dn-site-'));
chmodSync(site, 0o755);
const root = copyReadable('dist', join(site, 'html'));
const dir = writeNginxConfig({ port, root });
const checked = testNginxConfig(dir);
if (checked.status !== 0) {
	rmSync(dir, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
	throw new Error(`nginx -t failed:\n${checked.stderr}`);
}

const nginx = spawn(NGINX, nginxArgs(dir), { stdio: 'inherit' });
// nginx's fast shutdown on TERM/INT; the temporary configuration goes with it.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
	process.on(signal, () => nginx.kill('SIGTERM'));
nginx.on('exit', (code) => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
	process.exit(code ?? 0);
});
