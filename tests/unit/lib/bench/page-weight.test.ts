import { expect, test } from 'vitest';
import { pageWeight, size } from '../../../../src/lib/bench/page-weight';

const files: Record<string, string> = {
	'/_astro/a.css': 'body{color:red}',
	'/_astro/main.js':
		'import"./chunk.js";import{x}from"./dep.js";const later=()=>import("./lazy.js");',
	'/_astro/chunk.js': 'export const c=1;',
	'/_astro/dep.js': 'export const x=2;',
	'/_astro/lazy.js': 'export default 3;',
};
const read = (path: string) => (files[path] === undefined ? undefined : Buffer.from(files[path]));
const resolve = (ref: string, from: string) => new URL(ref, `http://x${from}`).pathname;

test('weighs the HTML, its stylesheets, its scripts with their static imports, and inline code', () => {
	const html = [
		'<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">',
		'<script type="module" src="/_astro/main.js"></script>',
		'<script>document.documentElement.classList.add("js")</script>',
		'<script type="application/ld+json">{"@type":"Article"}</script>',
		'<style>.x{color:blue}</style>',
	].join('');
	const weight = pageWeight(html, read, resolve, '/notes/a/');
	expect(weight.html.raw).toBe(Buffer.byteLength(html));
	expect(weight.css).toMatchObject({ files: 1, raw: files['/_astro/a.css']!.length });
	// main, chunk and dep; the lazy import loads only when called.
	expect(weight.js.files).toBe(3);
	expect(weight.js.raw).toBe(
		['main', 'chunk', 'dep'].reduce((s, f) => s + files[`/_astro/${f}.js`]!.length, 0)
	);
	expect(weight.inlineJs.raw).toBe('document.documentElement.classList.add("js")'.length);
	expect(weight.inlineCss.raw).toBe('.x{color:blue}'.length);
	expect(size('').gzip).toBe(0);
});
