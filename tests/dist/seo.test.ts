// What search engines, feed readers, link previews and language models read from the build.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import {
	distFiles,
	htmlPages,
	pngSize,
	readDist,
	siteRoot,
	sitemapPaths,
	sourceNotes,
} from '../built-site';

const notes = sourceNotes();
const root = siteRoot();
const attr = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[1]);
/** The content of every `<meta property|name="key">` in a page. */
const metaContent = (html: string, key: string) =>
	attr(
		html,
		new RegExp(`<meta (?:property|name)="${key.replace(/:/g, '\\:')}" content="([^"]*)"`, 'g')
	);

test('every page has a title, a description, link-preview tags and (except 404) one canonical URL', () => {
	for (const file of htmlPages()) {
		const html = readDist(file);
		expect(attr(html, /<title>([^<]+)<\/title>/g), file).toHaveLength(1);
		expect(metaContent(html, 'description')[0]?.length ?? 0, `${file} description`).toBeGreaterThan(
			20
		);
		for (const key of [
			'og:title',
			'og:description',
			'og:type',
			'og:image',
			'og:image:alt',
			'twitter:card',
		]) {
			expect(metaContent(html, key), `${file} ${key}`).toHaveLength(1);
		}
		const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/g);
		if (file === '404.html') {
			expect(canonical, '404.html has no address of its own').toEqual([]);
			continue;
		}
		expect(canonical, file).toHaveLength(1);
		expect(metaContent(html, 'og:url'), file).toEqual(canonical);
		expect(new URL(canonical[0]!).href.startsWith(root.href), file).toBe(true);
	}
});

test('a note page is an article with its section and modification time', () => {
	const html = readDist('notes/dockerfile/index.html');
	expect(metaContent(html, 'og:type')).toEqual(['article']);
	expect(metaContent(html, 'article:section')).toEqual(['Building images']);
	expect(metaContent(html, 'article:modified_time')[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
	expect(metaContent(readDist('index.html'), 'og:type')).toEqual(['website']);
});

test('the social image is a 1200 × 630 PNG at the URL the pages give', () => {
	const image = new URL(metaContent(readDist('index.html'), 'og:image')[0]!);
	expect(image.href.startsWith(root.href)).toBe(true);
	expect(pngSize(image.pathname.slice(root.pathname.length))).toEqual({ width: 1200, height: 630 });
});

test('robots.txt allows crawling and names the sitemap index, which lists the page sitemap', () => {
	const robots = readDist('robots.txt');
	expect(robots).toMatch(/^User-agent: \*$/m);
	expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
	const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
	expect(sitemap).toBe(new URL('sitemap-index.xml', root).href);
	expect(readDist('sitemap-index.xml')).toContain(new URL('sitemap-0.xml', root).href);
});

test('the manifest names the site and its icons exist at the sizes it declares', () => {
	const manifest = JSON.parse(readDist('manifest.webmanifest'));
	expect(manifest.name).toBe('Docker Notes');
	expect(manifest.start_url).toBe(root.pathname);
	for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
		const file = icon.src.slice(root.pathname.length);
		expect(distFiles(), icon.src).toContain(file);
		if (icon.type === 'image/png') {
			const [width, height] = icon.sizes.split('x').map(Number);
			expect(pngSize(file), icon.src).toEqual({ width, height });
		}
	}
	expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
	expect(readDist('index.html')).toContain(
		`<link rel="manifest" href="${root.pathname}manifest.webmanifest">`
	);
	expect(readDist('favicon.svg')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('the RSS feed is well-formed and lists every note, most recently updated first', () => {
	const xml = readDist('rss.xml');
	expect(XMLValidator.validate(xml)).toBe(true);
	const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel
		.item as {
		link: string;
		pubDate?: string;
	}[];
	expect(new Set(items.map((i) => i.link))).toEqual(
		new Set(notes.map((n) => new URL(`notes/${n.slug}/`, root).href))
	);
	const times = items.map((i) => (i.pubDate ? Date.parse(i.pubDate) : Number.NEGATIVE_INFINITY));
	expect(times).toEqual([...times].sort((a, b) => b - a));
	expect(readDist('index.html')).toContain('type="application/rss+xml"');
});

test('the well-formedness check above rejects a broken feed', () => {
	expect(XMLValidator.validate('<rss><channel><item></channel></rss>')).not.toBe(true);
});

test('the sitemap lists every note and the home page, each once', () => {
	const paths = sitemapPaths();
	expect(new Set(paths).size).toBe(paths.length);
	expect(paths).toEqual(
		expect.arrayContaining([root.pathname, ...notes.map((n) => `${root.pathname}notes/${n.slug}/`)])
	);
	expect(paths).not.toContain(`${root.pathname}404.html`);
});

test('llms.txt lists every note once, each with a description and a link to its Markdown twin', () => {
	const text = readDist('llms.txt');
	expect(text).toMatch(/^# Docker Notes\n\n> .+\n/);
	for (const note of notes) {
		const twin = new URL(`notes/${note.slug}.md`, root).href;
		const lines = text.split('\n').filter((l) => l.includes(`](${twin})`));
		expect(lines, note.slug).toHaveLength(1);
		expect(lines[0], note.slug).toMatch(/^- \[.+\]\(.+\): \S.{10,}$/);
	}
});

test('each note has a Markdown twin with its title, description and every code block verbatim', () => {
	const fences = (text: string) =>
		[...text.matchAll(/^(`{3,})[^\n]*\n([\s\S]*?)^\1\s*$/gm)].map((m) => m[2]);
	for (const note of notes) {
		const twin = readDist(`notes/${note.slug}.md`);
		const source = readFileSync(note.file, 'utf8');
		const description = /^description: (.+)$/m.exec(source)![1]!.replace(/^(['"])(.*)\1$/, '$2');
		expect(twin.startsWith(`# ${note.title}\n\n> ${description}\n`), note.file).toBe(true);
		expect(fences(twin), note.file).toEqual(fences(source));
		expect(twin, note.file).toContain('## Check yourself');
	}
});
