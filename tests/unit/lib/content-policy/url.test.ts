import { expect, test } from 'vitest';
import {
	checkLinkUrl,
	isProtocolRelative,
	isRasterDataUrl,
	urlScheme,
} from '../../../../src/lib/content-policy';

test('reads a scheme the way a browser does, ignoring case, spaces and control characters', () => {
	expect(urlScheme('JavaScript:alert(1)')).toBe('javascript');
	expect(urlScheme(' java\tscript:x')).toBe('javascript');
	expect(urlScheme('java\nscript:x')).toBe('javascript');
	expect(urlScheme('\u0001javascript:x')).toBe('javascript');
	expect(urlScheme('/notes/a:b/')).toBeUndefined();
	expect(urlScheme('./a:b')).toBeUndefined();
	expect(urlScheme('#x:y')).toBeUndefined();
	expect(urlScheme('notes?q=a:b')).toBeUndefined();
});

test('links may use http, https, mailto and relative URLs, never script or data URLs', () => {
	for (const url of [
		'https://docs.docker.com/',
		'http://example.org',
		'mailto:a@example.org',
		'/notes/x/',
		'#part',
		'../x/',
	])
		expect(checkLinkUrl(url), url).toBeUndefined();
	for (const url of [
		'javascript:alert(1)',
		'vbscript:x',
		'data:text/html,<b>',
		'file:///etc/passwd',
		'ftp://x',
	])
		expect(checkLinkUrl(url)?.rule, url).toBe('mdx-url-scheme');
	expect(checkLinkUrl('javascript:x')?.message).toContain('can run script');
});

test('each URL attribute has its own schemes: cite is http(s) only', () => {
	expect(checkLinkUrl('https://x.test/', 'cite')).toBeUndefined();
	expect(checkLinkUrl('mailto:a@x.test', 'cite')?.rule).toBe('mdx-url-scheme');
});

test('data: URLs count as images only for raster types', () => {
	for (const url of ['data:image/png;base64,xx', 'DATA:IMAGE/JPEG;base64,xx', 'data:image/webp,xx'])
		expect(isRasterDataUrl(url), url).toBe(true);
	for (const url of ['data:image/svg+xml,<svg/>', 'data:text/html,x', 'data:,x'])
		expect(isRasterDataUrl(url), url).toBe(false);
});

test('protocol-relative URLs leave the site, with slashes or backslashes', () => {
	expect(isProtocolRelative('//evil.test/x.png')).toBe(true);
	expect(isProtocolRelative('\\\\evil.test/x.png')).toBe(true);
	expect(isProtocolRelative('/notes/x/')).toBe(false);
});
