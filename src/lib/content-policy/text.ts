/**
 * Characters a frontmatter string may not hold: C0 and C1 control characters (they break the
 * RSS feed's XML and the page's `<title>`), and the bidirectional overrides and isolates that
 * make text read differently from what it is (CVE-2021-42574, "Trojan Source").
 */
const UNSAFE_CHARACTER =
	// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The first unsafe character of a string, as `U+202E`, or undefined when it has none. */
export function unsafeCharacter(text: string): string | undefined {
	const found = UNSAFE_CHARACTER.exec(text)?.[0];
	return found === undefined
		? undefined
		: `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The schema message for a string holding an unsafe character. */
export function unsafeCharacterMessage(text: string): string {
	const found = unsafeCharacter(text);
	if (found === 'U+000A' || found === 'U+000D')
		return 'It holds a line break; write it on one line (without `|`), or fold it with `>`.';
	if (found === 'U+0009') return 'It holds a tab; use a space instead.';
	return `It holds the invisible character ${found ?? ''} (a control character or a text-direction override). Retype the text without it.`;
}
