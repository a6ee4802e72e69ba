import { type SatteriAstroData, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
	checkHeadings,
	elementIds,
	noteHeadings,
} from '../../../../src/lib/content-check/headings';
import { ASTRO_MDX_FEATURES } from '../../../../src/lib/content-check/parse-mdx';
import { satteriHeadingAnchors } from '../../../../src/plugins/satteri-heading-anchors';
import { tree } from './helpers';

/** The heading ids the real build gives: our anchor plugin, then Astro's own, through Sätteri. */
async function builtIds(text: string): Promise<string[]> {
	const astro: SatteriAstroData = {
		frontmatter: {},
		headings: [],
		localImagePaths: new Set(),
		remoteImagePaths: new Set(),
	};
	await mdxToJs(text, {
		hastPlugins: [satteriHeadingAnchors(), satteriHeadingIdsPlugin()],
		features: ASTRO_MDX_FEATURES,
		data: { astro },
	});
	return astro.headings.map((h) => h.slug);
}

describe('heading ids', () => {
	test('match the ids of the real build, for tricky headings', async () => {
		const text = [
			'## Don\'t -- "quote" ... `code` <kbd>K</kbd>',
			'## Build',
			'### Build',
			'##### Build',
			'## Café – déjà vu 🐳 *emph* [link](/x) ![alt](/i.png)',
			'## `depends_on` and healthchecks',
			'### COPY --link and --chmod',
			'### `COPY --link` and `--chmod`',
			'## Build',
			'## Über_Größe & <abbr title="x">DNS</abbr>',
			'## 日本語の見出し',
		].join('\n\n');
		const ids = noteHeadings(tree(text)).map((h) => h.id);
		expect(ids).toEqual(await builtIds(text));
		// The cases a contributor meets: repeats get -1, smart dashes vanish, code keeps its dashes.
		expect(ids).toContain('build-1');
		expect(ids).toContain('copy-link-and-chmod');
		expect(ids).toContain('copy---link-and---chmod');
		expect(ids).toContain('日本語の見出し');
	});

	test('ids set on JSX elements are anchors too', () => {
		expect(
			elementIds(tree('<span id="layer">Layer</span> and <a id="x" href="#layer">y</a>\n'))
		).toEqual(['layer', 'x']);
	});
});

describe('heading levels', () => {
	const levels = (text: string) =>
		checkHeadings(noteHeadings(tree(text))).map((d) => `${d.line} ${d.rule}`);

	test('reports an h1 in the body', () => {
		expect(levels('# Title again\n\n## Fine\n')).toEqual(['1 heading-h1']);
	});

	test('reports a skipped level, including a body that starts at ###', () => {
		expect(levels('### Too deep\n')).toEqual(['1 heading-skip']);
		expect(levels('## A\n\n#### B\n\n## C\n\n### D\n\n#### E\n')).toEqual(['3 heading-skip']);
	});

	test('the message shows the heading rewritten at the right level', () => {
		const [d] = checkHeadings(noteHeadings(tree('## A\n\n#### Deep\n')));
		expect(d?.fix).toContain('`### Deep`');
	});
});
