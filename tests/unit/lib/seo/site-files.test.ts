import { expect, test } from 'vitest';
import { robotsTxt, siteRoot, webManifest } from '../../../../src/lib/seo/site-files';

test('joins the site and the deploy base into the root URL', () => {
	expect(siteRoot('https://example.org', '/').href).toBe('https://example.org/');
	expect(siteRoot('https://example.org', '/docker-notes/').href).toBe(
		'https://example.org/docker-notes/'
	);
	expect(siteRoot('https://example.org', '/docker-notes').href).toBe(
		'https://example.org/docker-notes/'
	);
});

test('robots.txt allows everything and names the sitemap index under the base', () => {
	const text = robotsTxt(siteRoot('https://example.org', '/docker-notes/'));
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).toMatch(/^Sitemap: https:\/\/example\.org\/docker-notes\/sitemap-index\.xml$/m);
	expect(text).not.toMatch(/^Disallow: \/$/m);
});

test('the manifest puts its start URL and icons under the deploy base', () => {
	const manifest = webManifest({
		name: 'Docker Notes',
		shortName: 'Notes',
		description: 'Learn Docker.',
		base: '/docker-notes/',
		themeColor: '#0b5cad',
		backgroundColor: '#ffffff',
	});
	expect(manifest.start_url).toBe('/docker-notes/');
	expect(manifest.scope).toBe('/docker-notes/');
	expect(manifest.icons.map((i) => i.src)).toContain('/docker-notes/icon-512.png');
	expect(manifest.icons.every((i) => i.src.startsWith('/docker-notes/'))).toBe(true);
	expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
	expect(
		manifest.icons.filter((i) => i.sizes === '192x192' || i.sizes === '512x512').length
	).toBeGreaterThanOrEqual(2);
});
