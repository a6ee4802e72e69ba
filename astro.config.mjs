// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { loadCodeThemes } from './src/plugins/shiki-themes.ts';
import { satteriHeadingAnchors } from './src/plugins/satteri-heading-anchors.ts';
import { satteriScrollableTables } from './src/plugins/satteri-scrollable-tables.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// Where the site is published; a Pages deploy under a sub-path sets both.
const site = process.env.SITE_URL ?? 'https://docker-notes.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Scoped styles as classes keep every element lighter than data-astro-cid attributes.
	scopedStyleStrategy: 'class',
	// A second note at the same URL is an error, never a silent overwrite.
	prerenderConflictBehavior: 'error',
	integrations: [mdx(), sitemap(), pagefindIntegration()],
	markdown: {
		// Astro 7's default processor, Sätteri: nothing here needs remark/rehype, and it is
		// the fastest way to render MDX. Plugins are written against its mdast/hast visitors.
		processor: satteri({ hastPlugins: [satteriHeadingAnchors(), satteriScrollableTables()] }),
		shikiConfig: {
			// GitHub's themes, with every token colour raised to WCAG AA on our code backgrounds.
			themes: await loadCodeThemes(),
			// Colours stay in CSS variables; the stylesheet picks the theme the reader chose.
			defaultColor: false,
			transformers: [transformerMetaHighlight(), transformerCodeFrame()],
		},
	},
});
