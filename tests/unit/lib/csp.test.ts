import { expect, test } from 'vitest';
import { cspHash, PAGE_CSP } from '../../../src/lib/csp';
import { THEME_INIT } from '../../../src/lib/theme-init';

test('hashes text the way browsers do for CSP (SHA-256, base64)', () => {
	// The empty string's well-known digest, and the example of the CSP Level 3 specification.
	expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	expect(cspHash("alert('Hello, world.');")).toBe(
		'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
	);
});

test('allows the is:inline theme script by the hash of the exact string the layout renders', () => {
	expect(PAGE_CSP.scriptDirective?.hashes).toContain(cspHash(THEME_INIT));
	// Editing the script changes its hash, so a stale hash cannot survive an edit.
	expect(PAGE_CSP.scriptDirective?.hashes).not.toContain(cspHash(`${THEME_INIT} `));
});

test('scripts: self and WebAssembly for Pagefind, no inline handlers, never unsafe-inline', () => {
	const resources = PAGE_CSP.scriptDirective?.resources ?? [];
	expect(resources).toContain("'self'");
	expect(resources).toContain("'wasm-unsafe-eval'");
	expect(resources).toContainEqual({ resource: "'none'", kind: 'attribute' });
	expect(JSON.stringify(resources)).not.toContain('unsafe-inline');
	expect(JSON.stringify(resources)).not.toContain("'unsafe-eval'");
});

test('styles: self and hashed <style> elements, no style attribute, never unsafe-inline', () => {
	const resources = PAGE_CSP.styleDirective?.resources ?? [];
	expect(resources).toContain("'self'");
	expect(resources).toContainEqual({ resource: "'none'", kind: 'attribute' });
	expect(JSON.stringify(resources)).not.toContain('unsafe-inline');
});

test('the other directives: Pagefind’s worker and fetches, no plugins, no base hijack', () => {
	const directives = PAGE_CSP.directives ?? [];
	for (const directive of [
		"default-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
	]) {
		expect(directives).toContain(directive);
	}
	// A <meta> policy cannot carry frame-ancestors (browsers ignore it and log an error):
	// it is in the nginx header instead.
	expect(directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
});
