// html-validate settings for the built site (dist/), checked by tests/dist/html-valid.test.ts
// and by hand with `npx html-validate dist`. Each change to the preset says why.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// No style attribute on any page: the page CSP refuses them (style-src-attr 'none', src/lib/csp.ts).
		// Shiki's token colours are classes (src/plugins/shiki-style-classes.ts), and notes may not
		// use `style` at all (the content policy).
		'no-inline-style': ['error', { allowedProperties: [] }],
		// HTML allows any id without whitespace. Heading ids are slugs of the heading text, so
		// a heading about `-v` gets `#-v-or-mount`; it is a valid fragment and we never use it
		// as a CSS selector. Empty ids and ids with spaces are still errors.
		'valid-id': ['error', { relaxed: true }],
		// Each heading's self-link is named by aria-labelledby (the heading), which this rule
		// does not read: it counts only text, <img alt> and aria-label. axe's link-name rule,
		// run on every page in tests/e2e/a11y.test.ts, computes the real accessible name.
		'wcag/h30': 'off',
		// The table of contents is rendered twice (sidebar on wide screens, a disclosure on
		// narrow ones) and CSS shows exactly one, so at any width one "On this page" landmark
		// exists. This static rule cannot see CSS; axe's landmark-unique rule checks the rendered
		// page at desktop and phone widths in tests/e2e/a11y.test.ts.
		'unique-landmark': 'off',
	},
};
