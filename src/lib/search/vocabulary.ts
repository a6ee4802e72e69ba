/**
 * The words the search index holds, with how often, for correcting typos in search queries.
 * Pagefind 1.6 has no typo tolerance, so the browser checks each query word against this list.
 * The build reads it from what Pagefind indexed (pagefind-fragments.ts, src/integrations/pagefind.ts).
 */
export interface Vocabulary {
	/** Every word, sorted by code point so a prefix can be found by binary search. */
	words: string[];
	/** How often each word occurs, at the same index as in `words`. */
	counts: number[];
}

// The characters Pagefind keeps inside a word: letters, digits, and the `_` and `-` it is
// configured to include (src/integrations/pagefind.ts). Everything else separates words.
const SEPARATOR = /[^\p{L}\p{N}_-]+/u;
const MAX_WORD_LENGTH = 40;

/**
 * A word that can be corrected: letters, joined by an inner `-` or `_`. Flags, image
 * references, versions and digests (`--from`, `redis:latest`, `1.27`, `3f2a…`) are typed on
 * purpose, so they are neither corrected nor offered as corrections.
 */
export const PLAIN_WORD = /^\p{L}+(?:[-_]\p{L}+)*$/u;

/** Lowercase text cut at the characters that separate words; empty pieces are dropped. */
function pieces(text: string): string[] {
	return text.toLowerCase().split(SEPARATOR).filter(Boolean);
}

/** The words of one piece of text between separators (`depends_on` → depends_on, depends, on). */
function wordsOf(raw: string): string[] {
	const word = raw.replace(/^[-_]+|[-_]+$/g, '');
	if (!word) return [];
	// Pagefind indexes the parts of a joined word too, so `multi-stage` matches `stage`.
	return /[-_]/.test(word) ? [word, ...word.split(/[-_]+/).filter(Boolean)] : [word];
}

/** Split text into lowercase words the way the index does; `depends_on` also yields `depends` and `on`. */
export function tokenize(text: string): string[] {
	return pieces(text).flatMap(wordsOf);
}

/** Whether a token is worth keeping: a plain word of a length worth correcting to. */
function isWord(word: string, minLength: number): boolean {
	return word.length >= minLength && word.length <= MAX_WORD_LENGTH && PLAIN_WORD.test(word);
}

/** Count the words of some texts; words shorter than `minLength` are left out (they are never corrected). */
export function buildVocabulary(texts: Iterable<string>, minLength = 3): Vocabulary {
	// The words of `tokenize`, counted: a site repeats its words thousands of times, so each
	// distinct piece is split and tested once.
	const times = new Map<string, number>();
	for (const text of texts)
		for (const piece of pieces(text)) times.set(piece, (times.get(piece) ?? 0) + 1);
	const counts = new Map<string, number>();
	for (const [piece, n] of times) {
		for (const word of wordsOf(piece))
			if (isWord(word, minLength)) counts.set(word, (counts.get(word) ?? 0) + n);
	}
	const words = [...counts.keys()].sort();
	return { words, counts: words.map((w) => counts.get(w)!) };
}

/** Index of the first word that is not below `word` in sort order. */
function lowerBound(words: readonly string[], word: string): number {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (words[mid]! < word) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Whether the index can match a word: it is in the vocabulary or starts a word that is, the
 * way Pagefind matches prefixes while the reader is still typing (`kube` → `kubernetes`).
 */
export function isKnownWord(vocabulary: Vocabulary, word: string): boolean {
	const next = vocabulary.words[lowerBound(vocabulary.words, word)];
	return next !== undefined && next.startsWith(word);
}
