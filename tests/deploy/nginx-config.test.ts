import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { testNginxConfig, writeNginxConfig } from './nginx';

test('nginx -t accepts the configuration, without warnings', () => {
	const dir = writeNginxConfig({ port: 8080, root: 'dist' });
	try {
		const { status, stderr } = testNginxConfig(dir);
		expect(stderr).toContain('syntax is ok');
		expect(stderr).toContain('test is successful');
		expect(stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
		expect(status).toBe(0);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('nginx -t rejects a configuration with a typo, so the check above means something', () => {
	const dir = writeNginxConfig({ port: 8080, root: 'dist' });
	try {
		const file = `${dir}/snippets/security-headers.conf`;
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('add_header X-Frame-Options', 'add_headr X-Frame-Options')
		);
		const { status, stderr } = testNginxConfig(dir);
		expect(stderr).toContain('unknown directive "add_headr"');
		expect(status).not.toBe(0);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the configuration nginx loads maps .wasm to application/wasm and gzips JSON and wasm', () => {
	const dir = writeNginxConfig({ port: 8080, root: 'dist' });
	try {
		const { stdout } = testNginxConfig(dir, '-T');
		expect(stdout).toMatch(/^\s*application\/wasm\s+wasm;/m);
		const gzipTypes = /gzip_types([^;]*);/.exec(stdout)?.[1]?.split(/\s+/) ?? [];
		expect(gzipTypes).toEqual(
			expect.arrayContaining(['application/json', 'application/wasm', 'text/css'])
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
