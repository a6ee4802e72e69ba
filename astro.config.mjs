// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { codeTheme } from './src/plugins/shiki-themes.ts';
import { transformerStyleClasses } from './src/plugins/shiki-style-classes.ts';
import { satteriHeadingAnchors } from './src/plugins/satteri-heading-anchors.ts';
import { satteriRefuseUnsafeMdx } from './src/plugins/satteri-refuse-unsafe-mdx.ts';
import { satteriFenceLanguage } from './src/plugins/satteri-fence-language.ts';
import { satteriBaseLinks } from './src/plugins/satteri-base-links.ts';
import { satteriScrollableTables } from './src/plugins/satteri-scrollable-tables.ts';
import { satteriTableCommands } from './src/plugins/satteri-table-commands.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { workbenchIntegration } from './src/integrations/workbench.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { checkGateIntegration } from './src/integrations/check-gate.ts';
import { printIntegration } from './src/integrations/print.ts';
import { examplePlugins } from './src/plugins/examples.ts';
import { PAGE_CSP } from './src/lib/csp.ts';
import { isHeadInjectDirectiveWarning } from './src/lib/build-log.ts';

// Where the site is published; a Pages deploy under a sub-path sets both.
const site = process.env.SITE_URL ?? 'https://docker-notes.example.org';
const base = process.env.BASE_PATH ?? '/';
// Every Dockerfile and Compose block is checked, and gets links, line anchors and diagrams.
const examples = examplePlugins({ base });

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Two pages rendered at a time: while one page's HTML is written, the next one renders.
	// At 1000 notes page generation took 6–7 s instead of 8–10 s, with no more memory.
	build: { concurrency: 2 },
	// Scoped styles as classes keep every element lighter than data-astro-cid attributes.
	scopedStyleStrategy: 'class',
	// A second note at the same URL is an error, never a silent overwrite.
	prerenderConflictBehavior: 'error',
	// Hashed scripts and styles in a <meta> CSP on every page; see src/lib/csp.ts for each choice.
	security: { csp: PAGE_CSP },
	// `optimize` compiles each note's static HTML (code, diagrams) to strings, not one JSX call
	// per element: at 1000 notes the build takes a fifth less time and a quarter less memory.
	// pagefindIntegration indexes the built pages before printIntegration fills /print/ with
	// every note's body: Pagefind leaves /print/ out of the index (it has no data-pagefind-body),
	// but parsing the filled 20 MB page took it 2 s at 1000 notes, the empty one takes nothing.
	// Pagefind's hook returns once Pagefind has read the pages, and its index is written while the
	// printable page is filled and the offline list reads the other files; offlineIntegration,
	// which lists dist/ for the service worker, waits for the index, so it runs last.
	// checkGateIntegration holds the notes of `npm run build` until the content check has passed.
	integrations: [
		checkGateIntegration(),
		mdx({ optimize: true }),
		sitemap(),
		pagefindIntegration(),
		printIntegration(),
		workbenchIntegration(),
		offlineIntegration(),
	],
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
					handler(level, log);
				},
			},
		},
	},
	markdown: {
		// Astro 7's default processor, Sätteri: nothing here needs remark/rehype, and it is
		// the fastest way to render MDX. Plugins are written against its mdast/hast visitors.
		// satteriRefuseUnsafeMdx enforces the content policy (src/lib/content-policy/, the same one
		// `npm run check:content` uses) before a note is compiled to JS or its images imported,
		// even when the checker was skipped. It must stay first.
		processor: satteri({
			// satteriFenceLanguage lowercases fence languages: ```Dockerfile is highlighted as on GitHub.
			mdastPlugins: [satteriRefuseUnsafeMdx(), satteriFenceLanguage(), ...examples.mdastPlugins],
			hastPlugins: [
				satteriHeadingAnchors(),
				satteriScrollableTables(),
				satteriTableCommands(),
				satteriBaseLinks(base),
			],
		}),
		shikiConfig: {
			// One theme of CSS variables, one tokenisation for both colour schemes; tokens.css
			// gives each variable its light and dark colour (GitHub's, at WCAG AA).
			theme: codeTheme(),
			// The example aids fill the figure transformerCodeFrame makes, so they come after it.
			// transformerStyleClasses turns every style attribute into a class, after all the others.
			transformers: [
				transformerMetaHighlight(),
				transformerCodeFrame({ base }),
				...examples.transformers,
				transformerStyleClasses(),
			],
		},
	},
});
