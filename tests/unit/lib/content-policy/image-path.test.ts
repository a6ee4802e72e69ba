import { expect, test } from 'vitest';
import { checkImageSource } from '../../../../src/lib/content-policy';

const NOTE = 'content/notes/compose/compose.mdx';
const rule = (url: string) => {
	const source = checkImageSource(url, NOTE, 'content');
	return source.kind === 'problem' ? source.problem.rule : source.kind;
};

test('an image file inside content/ passes, with its path from the project root', () => {
	expect(checkImageSource('./layers.png', NOTE, 'content')).toEqual({
		kind: 'file',
		path: 'content/notes/compose/layers.png',
		svg: false,
	});
	expect(checkImageSource('../../images/a%20b.SVG', NOTE, 'content')).toEqual({
		kind: 'file',
		path: 'content/images/a b.SVG',
		svg: true,
	});
	for (const ext of ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'])
		expect(rule(`x.${ext}`)).toBe('file');
});

test('any other file type is refused, since the build imports it', () => {
	for (const url of [
		'./payload.js',
		'./x.mjs',
		'./x.png.ts',
		'./x.mdx',
		'./x',
		'./x.html',
		'./x.png/',
	])
		expect(rule(url), url).toBe('image-type');
});

test('paths out of content/, absolute paths and suffixes Vite obeys are refused', () => {
	for (const url of [
		'../../../secret.png',
		'../../../../etc/x.png',
		'/etc/x.png',
		'\\x.png',
		'./x.png?raw',
		'./x.png?url',
		'./x.png#a',
		'./x%3Fraw.png',
		'./x%23.png',
		'./a\\b.png',
		'./x%ZZ.png',
	]) {
		expect(rule(url), url).toBe('image-path');
	}
});

test('remote images are refused with the CSP as the reason; raster data: URLs pass', () => {
	for (const url of [
		'https://x.test/a.png',
		'http://x.test/a.png',
		'//x.test/a.png',
		' HTTPS://x.test/a.png',
	])
		expect(rule(url), url).toBe('image-remote');
	const remote = checkImageSource('https://x.test/a.png', NOTE, 'content');
	expect(remote.kind === 'problem' && remote.problem.message).toContain('Content-Security-Policy');
	expect(rule('data:image/png;base64,iVBOR')).toBe('data');
	expect(rule('data:image/svg+xml,<svg onload=alert(1)>')).toBe('image-data');
	expect(rule('javascript:alert(1)')).toBe('image-scheme');
	expect(rule('file:///etc/passwd')).toBe('image-scheme');
});
