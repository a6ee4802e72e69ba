import { normalizeTheme, type ThemeRegistrationRaw } from 'shiki';
import { bundledThemes } from 'shiki/themes';
import { ensureContrast } from '../lib/contrast.ts';

/**
 * Code backgrounds, plain and on a highlighted line; they must match --dn-color-bg-code and
 * --dn-color-line-highlight in src/styles/tokens.css.
 */
export const CODE_BACKGROUNDS = {
	light: ['#ffffff', '#e7effa'],
	dark: ['#0d1117', '#182434'],
} as const;

type TokenColor = { settings?: { foreground?: string } };

/** A copy of `theme` whose every token colour meets WCAG AA (4.5:1) on all `backgrounds`. */
export function accessibleTheme(theme: ThemeRegistrationRaw, name: string, backgrounds: readonly string[]) {
	const tokenColors = ((theme.tokenColors ?? theme.settings ?? []) as TokenColor[]).map((rule) =>
		rule.settings?.foreground
			? { ...rule, settings: { ...rule.settings, foreground: ensureContrast(rule.settings.foreground, backgrounds) } }
			: rule
	);
	const fg = theme.colors?.['editor.foreground'];
	return {
		...theme,
		name,
		tokenColors,
		settings: tokenColors,
		colors: { ...theme.colors, ...(fg ? { 'editor.foreground': ensureContrast(fg, backgrounds) } : {}) },
	} as ThemeRegistrationRaw;
}

/**
 * The site's two code themes: GitHub's light and dark themes, with every colour made readable.
 * They are returned already normalised: Astro hands the theme objects to Shiki with every
 * code block, and Shiki normalises a theme object it has not seen normalised on every call,
 * which cost about 4 s in a build of 1000 notes (`npm run bench`).
 */
export async function loadCodeThemes() {
	const light = (await bundledThemes['github-light']()).default as unknown as ThemeRegistrationRaw;
	const dark = (await bundledThemes['github-dark-default']()).default as unknown as ThemeRegistrationRaw;
	return {
		light: normalizeTheme(accessibleTheme(light, 'dn-light', CODE_BACKGROUNDS.light)),
		dark: normalizeTheme(accessibleTheme(dark, 'dn-dark', CODE_BACKGROUNDS.dark)),
	};
}
