/**
 * The one module that knows Pagefind's shapes, public and private. The search dialog calls
 * these functions and types; nothing else in the site names a Pagefind field.
 *
 * Three of them rely on undocumented behaviour of Pagefind 1.6's Component UI and engine
 * (`tests/integration/pagefind-contract.test.ts` fails when an upgrade changes any of it):
 * - an instance keeps its loaded search engine in its `__pagefind__` field and searches
 *   through that field every time;
 * - a search result's `data` is an own, writable property that the results list calls;
 * - `<pagefind-filter-dropdown>` orders its values with its `sortValues(values)` method.
 * It also names what the Component UI documents only by example: the modal's `open()`,
 * `close()` and `isOpen`, and the `keyboard_clear` string of its translations.
 */

/** A search result: its fragment (URL, excerpt, meta…) loads only when asked for. */
export interface PagefindResult {
	data(): Promise<unknown>;
}

/** What `search()` resolves to; `null` when a newer search superseded it. */
export interface PagefindResponse {
	results: PagefindResult[];
}

/** The search engine (the bundle's `pagefind.js`) as the Component UI uses it. */
export interface PagefindEngine {
	search(term: string | null, options?: object): Promise<PagefindResponse | null>;
}

/** A Component UI instance: the state the `<pagefind-*>` elements of one search share. */
export interface PagefindInstance {
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
	setTranslations(strings: Record<string, string>): void;
}

/** `window.PagefindComponents`, which the bundle's `pagefind-component-ui.js` defines. */
export interface PagefindComponents {
	configureInstance(name: string, options: object): PagefindInstance;
}

/** `<pagefind-modal>`: the dialog the Component UI builds, which keeps its own open state. */
export type PagefindModal = HTMLElement & { open(): void; close(): void; readonly isOpen: boolean };

/** The key of the search field's keyboard hint that says what Esc does (“clear”). */
export const ESCAPE_HINT = 'keyboard_clear';

/** Make the search field's keyboard hint say `word` for Esc (in a modal, Esc closes it). */
export function setEscapeHint(instance: PagefindInstance, word: string): void {
	instance.setTranslations({ [ESCAPE_HINT]: word });
}

/** The Component UI's API, once its script has run in this window. */
export function pagefindComponents(scope: object): PagefindComponents {
	const components = (scope as { PagefindComponents?: PagefindComponents }).PagefindComponents;
	if (!components) throw new Error('Pagefind’s Component UI has not loaded');
	return components;
}

/** The private field in which an instance keeps its search engine once it has loaded it. */
const ENGINE_FIELD = '__pagefind__';

/**
 * Route every search an instance makes through `wrap(engine)`. Pagefind has no hook for
 * this, so the field the instance stores its engine in is replaced by an accessor that
 * wraps the engine as it arrives. Call it before the instance loads.
 */
export function interceptEngine(
	instance: PagefindInstance,
	wrap: (engine: PagefindEngine) => PagefindEngine
): void {
	let engine: PagefindEngine | null = null;
	Object.defineProperty(instance, ENGINE_FIELD, {
		configurable: true,
		get: () => engine,
		set: (value: PagefindEngine | null) => {
			engine = value && wrap(value);
		},
	});
}

/**
 * Load each result's data at most once, and start loading the first `count` now. Pagefind's
 * results list asks for a result's data only once its placeholder scrolls into view, a frame
 * later, and each ask is a round trip to the search worker; by then the data is usually there.
 */
export function prefetchResultData<T extends PagefindResponse | null>(
	response: T,
	count: number
): T {
	response?.results.forEach((result, i) => {
		const load = result.data.bind(result);
		let data: Promise<unknown> | undefined;
		result.data = () => (data ??= load());
		if (i < count) void result.data();
	});
	return response;
}

/**
 * Order the values a `<pagefind-filter-dropdown>` lists; its `sort` attribute offers only
 * alphabetical and count orders.
 */
export function orderFilterValues(dropdown: object, compare: (a: string, b: string) => number) {
	Object.assign(dropdown, {
		sortValues: (values: string[]) => [...values].sort(compare),
	});
}

/**
 * Parts of the Component UI's own markup the dialog adjusts: the body the modal builds for
 * itself, its search field, the dropdown's button, and the live regions that announce counts.
 */
export const PAGEFIND_PARTS = {
	modalBody: 'pagefind-modal-body',
	input: 'pagefind-input input',
	combobox: '[role="combobox"]',
	announcer: '[data-pagefind-announcer]',
} as const;
