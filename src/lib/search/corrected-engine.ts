import { correctQuery } from './correct-query';
import type { PagefindEngine, PagefindResponse } from './pagefind-adapter';
import type { Vocabulary } from './vocabulary';

/** The dialog's "Showing results for …" notice, and the query to leave uncorrected. */
export interface CorrectionNotice {
	/** The query the reader asked to see uncorrected, until they type something else. */
	exact: string | undefined;
	show(typed: string, corrected: string): void;
	hide(): void;
}

export interface CorrectionParts {
	/** The notes' vocabulary, loaded on first use; undefined when it cannot be had. */
	vocabulary(): Promise<Vocabulary | undefined>;
	/** Called with each response before it is used (the dialog starts loading result data). */
	prefetch<T extends PagefindResponse | null>(response: T): T;
	notice: CorrectionNotice;
	/** Told how many results the search shown found. */
	count(total: number): void;
}

/**
 * Search as Pagefind does, but when a query word is not in the notes' vocabulary, search the
 * corrected query instead. Pagefind 1.6 has no typo tolerance: it shortens an unknown word
 * until a prefix matches, so `dockerfle` returns every page that says `docker`. Result counts
 * therefore say little; an unknown word is the signal.
 */
export function withCorrection(
	engine: PagefindEngine,
	{ vocabulary, prefetch, notice, count }: CorrectionParts
): PagefindEngine {
	let latest = 0;
	return {
		...engine,
		async search(term, options) {
			// Only the newest search may change the notice; Pagefind drops older results too.
			const id = ++latest;
			const typed = term?.trim() ?? '';
			if (notice.exact !== typed) notice.exact = undefined;
			// Search as typed at once: the first search must not wait for the vocabulary.
			const exact = engine.search(term, options).then(prefetch);
			// When the corrected search wins, the search as typed is never awaited: its failure
			// must not surface as an unhandled rejection. Awaiting it below still throws.
			exact.catch(() => undefined);
			const words = typed && notice.exact === undefined ? await vocabulary() : undefined;
			const corrected = words && correctQuery(words, typed);
			if (corrected) {
				const response = prefetch(await engine.search(corrected, options));
				if (response && response.results.length > 0) {
					if (id === latest) {
						notice.show(typed, corrected);
						count(response.results.length);
					}
					return response;
				}
			}
			const response = await exact;
			if (id === latest) {
				notice.hide();
				count(response?.results.length ?? 0);
			}
			return response;
		},
	};
}
