import { createCssVariablesTheme, normalizeTheme } from 'shiki';
import { CODE_VARIABLE_PREFIX } from '../lib/code-classes.ts';

export { CODE_VARIABLE_PREFIX };

/**
 * The site's code theme: one theme whose colours are CSS variables, so Shiki tokenises each
 * block once for both colour schemes. `src/styles/tokens.css` gives each variable a light and
 * a dark colour (GitHub's palettes, each at least WCAG AA on plain and highlighted lines;
 * tests/unit/plugins/shiki-themes.test.ts reads them there). Two themes cost one tokenisation
 * each plus a merge: about four times the work for the same blocks. It is returned already
 * normalised: Astro hands the theme object to Shiki with every block, and Shiki normalises an
 * object it has not seen normalised on every call.
 */
export function codeTheme() {
	return normalizeTheme(
		createCssVariablesTheme({
			name: 'dn-code-theme',
			variablePrefix: CODE_VARIABLE_PREFIX,
			fontStyle: true,
		})
	);
}
