/** The query parameter Pagefind adds to result links and the landing page reads to mark the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The document event that asks the search dialog to open; its detail is where focus returns. */
export const OPEN_SEARCH_EVENT = 'dn:open-search';

/** Where the site serves the search vocabulary, relative to the site's base. */
export const VOCABULARY_PATH = 'search-vocabulary.json';

/**
 * Milliseconds Pagefind waits after a keystroke before it searches (its default is 300).
 * A warm search takes a few milliseconds, so waiting longer only adds to every result's delay;
 * a burst of keys (a paste, a fast typist) still makes one search.
 */
export const SEARCH_DEBOUNCE_MS = 10;

/**
 * How many results the dialog lists. Pagefind's list lays out a placeholder for every result
 * at once; with a thousand notes a common word matched them all and each search took half a
 * second of layout. Past this many, the dialog says how to narrow the search.
 */
export const MAX_RESULTS = 30;

/**
 * How Pagefind ranks results. Titles keep Pagefind's 5× boost; a match in a note's
 * keywords (its tags and their synonyms, see note-search-meta.ts) counts 3×, so the note
 * about `depends_on` outranks the cheat sheet that merely lists it.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, keywords: 3 } };
