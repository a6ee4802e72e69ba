import { CODE_VARIABLE_PREFIX, codeTheme } from '../../src/plugins/shiki-themes';

/**
 * Every colour variable the code theme paints tokens with (`--dn-code-token-keyword`, …),
 * read from the theme itself. ANSI colours are for ```ansi blocks only, and the background is
 * the block's, not a token's.
 */
export function themeColourVariables(): string[] {
	const json = JSON.stringify(codeTheme());
	const names = [
		...json.matchAll(new RegExp(`var\\((${CODE_VARIABLE_PREFIX}[\\w-]+)\\)`, 'g')),
	].map((m) => m[1]!);
	return [...new Set(names)].filter((n) => !n.includes('ansi') && !n.endsWith('background'));
}
