import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { THEME_INIT } from './theme-init.ts';

/** The object form of Astro's `security.csp` option. */
export type PageCsp = Exclude<
	NonNullable<NonNullable<AstroUserConfig['security']>['csp']>,
	boolean
>;

/** The CSP source (`'sha256-…'` without quotes) that allows one inline script or style. */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The page policy Astro writes into every page's `<meta http-equiv="content-security-policy">`.
 * Astro hashes the scripts and styles it bundles; everything else is listed here.
 */
export const PAGE_CSP: PageCsp = {
	algorithm: 'SHA-256',
	scriptDirective: {
		resources: [
			"'self'",
			// Pagefind compiles WebAssembly. In its worker the page policy does not apply, but when
			// the worker cannot start Pagefind searches on the main thread, and that needs this.
			"'wasm-unsafe-eval'",
			// script-src-attr 'none': no inline event handlers (onclick=…), ever.
			{ resource: "'none'", kind: 'attribute' },
		],
		// Astro does not hash `is:inline` scripts: the theme script is hashed from the very string
		// BaseLayout renders with set:html, so editing it cannot leave a stale hash behind.
		hashes: [cspHash(THEME_INIT)],
	},
	styleDirective: {
		resources: [
			"'self'",
			// Reasoning: Shiki writes each token's colours as a style attribute
			// (`color:var(--dn-code-token-keyword)`, src/plugins/shiki-themes.ts). Attribute CSS cannot
			// run script and img-src limits what url() may load, so style-src-attr is the only
			// loosened directive; <style> elements stay hash-locked. transformerStyleToClass would
			// remove it, but its CSS is known only after every page has been rendered, so it cannot
			// be a bundled stylesheet without rewriting the HTML after the build; and it would
			// save 4% of the gzipped HTML (measured on the 27-page build: 212 kB → 203 kB).
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		],
	},
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		// Pagefind fetches its index and fragments from /pagefind/.
		"connect-src 'self'",
		// Pagefind starts its worker from /pagefind/pagefind-worker.js; no blob: needed.
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
};
