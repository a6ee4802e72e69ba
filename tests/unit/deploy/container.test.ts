import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { checkCompose } from '../../../src/lib/compose/check';
import { checkDockerfile } from '../../../src/lib/dockerfile/check';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const composeText = readFileSync('compose.yaml', 'utf8');
const serverConf = readFileSync('deploy/nginx/default.conf', 'utf8');

test('the Dockerfile passes the site’s own Dockerfile checks with no diagnostics', () => {
	expect(checkDockerfile(dockerfile)).toEqual([]);
});

test('compose.yaml passes the site’s own Compose checks with no diagnostics', () => {
	expect(checkCompose(composeText)).toEqual([]);
});

test('the image builds with Node 24 and ships nginx alone, unprivileged, with a health check', () => {
	const from = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
	expect(from).toHaveLength(2);
	expect(from[0]).toMatch(/^node:24[.-]/);
	expect(from[1]).toMatch(/^nginxinc\/nginx-unprivileged:[\d.]+-alpine$/);
	expect(dockerfile).toMatch(/^RUN --mount=type=cache,target=\/root\/\.npm npm ci\b/m);
	expect(dockerfile).toMatch(/^USER 101$/m);
	expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
	expect(dockerfile).toMatch(/^HEALTHCHECK .*\\\n\s+CMD \[.*http:\/\/127\.0\.0\.1:8080\//m);
	for (const label of ['title', 'description', 'source']) {
		expect(dockerfile).toContain(`org.opencontainers.image.${label}=`);
	}
});

test('the .dockerignore keeps dependencies, builds and history out of the build context', () => {
	const ignored = readFileSync('.dockerignore', 'utf8')
		.split('\n')
		.filter((l) => l && !l.startsWith('#'));
	expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.astro']));
	// …but not what the build and the final stage read.
	for (const needed of [
		'package.json',
		'package-lock.json',
		'src',
		'content',
		'deploy',
		'deploy/nginx',
	]) {
		expect(ignored).not.toContain(needed);
	}
});

test('every file nginx includes is one the Dockerfile copies to that place', () => {
	const copied = new Map(
		[...dockerfile.matchAll(/^COPY (deploy\/nginx\/\S+) (\S+)$/gm)].map(
			(m) => [m[2]!, m[1]!] as const
		)
	);
	expect(copied.get('/etc/nginx/conf.d/default.conf')).toBe('deploy/nginx/default.conf');
	const includes = new Set([...serverConf.matchAll(/^\s*include\s+([^;]+);/gm)].map((m) => m[1]!));
	expect(includes.size).toBeGreaterThan(0);
	for (const include of includes) {
		// Relative includes resolve against /etc/nginx/, the directory of nginx.conf.
		const source = copied.get(`/etc/nginx/${include}`);
		expect(source, `${include} is copied into the image`).toBeDefined();
		expect(existsSync(source!)).toBe(true);
	}
});

test('compose runs the image read-only with a tmpfs for nginx and publishes port 8080', () => {
	const web = parse(composeText).services.web;
	expect(web.read_only).toBe(true);
	expect(web.tmpfs).toContain('/tmp');
	expect(web.ports).toEqual(['127.0.0.1:8080:8080']);
	expect(web.healthcheck.test.join(' ')).toContain('http://127.0.0.1:8080/');
	expect(web.cap_drop).toEqual(['ALL']);
});

/** The top-level `location` blocks of the server config, as their text. */
function locationBlocks(conf: string): string[] {
	const blocks: string[] = [];
	for (const match of conf.matchAll(/^\s*location\b[^{]*\{/gm)) {
		let depth = 0;
		for (let i = match.index! + match[0].length - 1; i < conf.length; i++) {
			if (conf[i] === '{') depth++;
			if (conf[i] === '}' && --depth === 0) {
				blocks.push(conf.slice(match.index, i + 1));
				break;
			}
		}
	}
	return blocks;
}

test('every nginx location that sets a header also includes the security headers', () => {
	// add_header in a location discards every add_header inherited from the server block.
	const blocks = locationBlocks(serverConf);
	expect(blocks.length).toBeGreaterThanOrEqual(4);
	for (const block of blocks) {
		if (!/^\s*add_header\b/m.test(block)) continue;
		expect(block, block.split('\n')[0]).toMatch(/^\s*include snippets\/security-headers\.conf;$/m);
	}
	expect(serverConf).toMatch(/^\tinclude snippets\/security-headers\.conf;$/m);
});

test('the check above notices a location that forgets the include', () => {
	const forgetful = `server {\n\tlocation /x/ {\n\t\tadd_header Cache-Control "no-cache" always;\n\t}\n}\n`;
	const [block] = locationBlocks(forgetful);
	expect(block).toContain('add_header');
	expect(block).not.toMatch(/include snippets\/security-headers\.conf/);
});

test('every security header is sent with `always`, so error pages carry it too', () => {
	const headers = readFileSync('deploy/nginx/security-headers.conf', 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('add_header'));
	expect(headers.length).toBeGreaterThanOrEqual(6);
	for (const line of headers) expect(line).toMatch(/ always;$/);
});

test('every variable the security headers use is defined by a map in the file the image loads at http level', () => {
	const headers = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
	const used = new Set([...headers.matchAll(/\$(dn_\w+)/g)].map((m) => m[1]!));
	expect(used.size).toBeGreaterThan(0);
	// conf.d/*.conf is included inside nginx.conf's http block, the only place a map may be.
	expect(dockerfile).toMatch(
		/^COPY deploy\/nginx\/default\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m
	);
	const defined = new Set([...serverConf.matchAll(/^map \S+ \$(dn_\w+) \{/gm)].map((m) => m[1]!));
	for (const name of used) expect(defined, `$${name}`).toContain(name);
	// And the maps' own references resolve too.
	for (const m of serverConf.matchAll(/^\s+default \$(dn_\w+);/gm)) expect(defined).toContain(m[1]);
});
