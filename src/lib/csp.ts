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
			// style-src-attr 'none': no style attribute anywhere. Shiki's token colours are classes
			// (src/plugins/shiki-style-classes.ts), and <style> elements stay hash-locked.
			{ resource: "'none'", kind: 'attribute' },
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
