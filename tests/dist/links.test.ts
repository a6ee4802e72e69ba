import { expect, test } from 'vitest';
import { scanHtml } from '../../src/lib/site-check/html-refs';
import {
	brokenLinks,
	cssUrls,
	siteUrlsInText,
	type LinkSource,
	type SiteIndex,
} from '../../src/lib/site-check/links';
import { distFiles, htmlPages, readDist, siteRoot } from '../built-site';

/** Every reference in the built site: HTML markup, stylesheets, and the site's text files. */
function collect(): { site: SiteIndex; sources: LinkSource[] } {
	const files = distFiles();
	const site: SiteIndex = { root: siteRoot(), files: new Set(files), anchors: new Map() };
	const sources: LinkSource[] = [];
	for (const file of htmlPages()) {
		const scan = scanHtml(readDist(file));
		site.anchors.set(file, scan.anchors);
		for (const ref of scan.refs)
			sources.push({
				file,
				line: ref.line,
				where: `${ref.tag}[${ref.attribute}]`,
				value: ref.value,
			});
	}
	for (const file of files.filter((f) => !f.startsWith('pagefind/'))) {
		if (file.endsWith('.css')) {
			for (const u of cssUrls(readDist(file))) sources.push({ file, where: 'url()', ...u });
		} else if (/\.(xml|txt|md|webmanifest)$/.test(file)) {
			const text = readDist(file);
			for (const u of siteUrlsInText(text, site.root)) sources.push({ file, where: 'text', ...u });
			if (file.endsWith('.webmanifest')) {
				const manifest = JSON.parse(text) as { start_url: string; icons: { src: string }[] };
				for (const value of [manifest.start_url, ...manifest.icons.map((i) => i.src)]) {
					sources.push({ file, line: 1, where: 'manifest', value });
				}
			}
		}
	}
	return { site, sources };
}

test('every internal link, anchor and asset in the built site resolves', () => {
	const { site, sources } = collect();
	const broken = brokenLinks(sources, site).map(
		(b) => `dist/${b.file}:${b.line} ${b.where} "${b.value}": ${b.reason}`
	);
	expect(broken, 'Fix the link in the note or component that produced it').toEqual([]);
	// The check must have seen the site: a few dozen references per page at least.
	expect(sources.length).toBeGreaterThan(htmlPages().length * 20);
	expect(sources.some((s) => s.value.includes('#'))).toBe(true);
});
