/** Words per minute for prose; code is read more slowly, so it counts at half that pace. */
const PROSE_WPM = 220;
const CODE_WPM = 110;

/** Estimate the minutes it takes to read a note's Markdown body (at least one). */
export function readingMinutes(markdown: string): number {
	let prose = 0;
	let code = 0;
	let inFence = false;
	for (const line of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) {
			inFence = !inFence;
			continue;
		}
		const words = line
			.replace(/<\/?[a-z][^>]*>/gi, ' ')
			.split(/\s+/)
			.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		if (inFence) code += words;
		else prose += words;
	}
	return Math.max(1, Math.round(prose / PROSE_WPM + code / CODE_WPM));
}
