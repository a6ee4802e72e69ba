/**
 * A fence's language as the highlighter and the checks name it. Language names are
 * case-insensitive, as on GitHub: ```` ```Dockerfile ```` is a `dockerfile` block. Shiki's
 * ids and aliases are all lowercase, so lowercasing is enough; an empty name stays empty.
 */
export function fenceLanguage(lang: string | null | undefined): string | undefined {
	const trimmed = lang?.trim();
	return trimmed ? trimmed.toLowerCase() : undefined;
}
