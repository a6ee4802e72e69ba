// The search dialog: Pagefind's Component UI (input, section filter, results with heading
// sub-results, keyboard hints) plus what it lacks: typo correction against the notes'
// vocabulary, the site's colours, and a label and focus return for the dialog.
// search.ts loads it the first time the reader opens search, then asks it to open with an event.
import stylesheet from '../styles/search.css?url';
import {
	HIGHLIGHT_PARAM,
	MAX_RESULTS,
	OPEN_SEARCH_EVENT,
	SEARCH_DEBOUNCE_MS,
	SEARCH_RANKING,
	VOCABULARY_PATH,
} from '../lib/search/config';
import { withCorrection } from '../lib/search/corrected-engine';
import { SECTIONS } from '../lib/content/sections';
import { resultLimitMessage } from '../lib/search/result-limit';
import type { Vocabulary } from '../lib/search/vocabulary';
import {
	interceptEngine,
	orderFilterValues,
	PAGEFIND_PARTS,
	pagefindComponents,
	prefetchResultData,
	setEscapeHint,
	type PagefindModal,
	type PagefindResponse,
} from '../lib/search/pagefind-adapter';

const base = import.meta.env.BASE_URL;
const bundle = `${base}pagefind/`;

// Each result shows its note's section beside the title; otherwise Pagefind's own template.
const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
        {{#if meta.section}}<span class="dn-search-section">{{ meta.section }}</span>{{/if}}
      </p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

function element(
	tag: string,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

function loadStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = element('link', { rel: 'stylesheet', href });
		// A missing stylesheet leaves the dialog plain but usable: never block search on it.
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}

let vocabulary: Promise<Vocabulary | undefined> | undefined;

function loadVocabulary(): Promise<Vocabulary | undefined> {
	vocabulary ??= fetch(`${base}${VOCABULARY_PATH}`)
		.then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
		.catch(() => undefined);
	return vocabulary;
}

/** The "Showing results for …" line, with a button back to the words as typed. */
class CorrectionNotice {
	readonly node = element('div', { class: 'dn-search-notice', role: 'status' });
	/** The query the reader asked to see uncorrected, until they type something else. */
	exact: string | undefined;

	constructor(private readonly onExact: (query: string) => void) {}

	show(typed: string, corrected: string) {
		const back = element('button', { type: 'button', class: 'dn-search-exact' }, typed);
		back.addEventListener('click', () => {
			this.exact = typed;
			this.onExact(typed);
		});
		this.node.replaceChildren(
			element('span', {}, 'Showing results for ', element('strong', {}, corrected), '. '),
			element('span', {}, 'Search instead for ', back)
		);
		this.node.closest('.dn-search')?.setAttribute('data-corrected', '');
	}

	hide() {
		this.node.replaceChildren();
		this.node.closest('.dn-search')?.removeAttribute('data-corrected');
	}
}

// How many results are on screen when the dialog first shows them.
const VISIBLE_RESULTS = 5;

/** Start loading the data of the results the reader sees first. */
function prefetchData<T extends PagefindResponse | null>(response: T): T {
	return prefetchResultData(response, VISIBLE_RESULTS);
}

/** Says when the list shows only its best `max-results` of more results, and how to narrow them. */
class LimitNotice {
	readonly node = element('p', { class: 'dn-search-limit', hidden: '' });
	list: Element | undefined;

	update(total: number) {
		const max = Number(this.list?.getAttribute('max-results') ?? MAX_RESULTS);
		const message = resultLimitMessage(total, max);
		this.node.hidden = message === undefined;
		this.node.textContent = message ?? '';
	}
}

/**
 * Pagefind's modal builds its own header (input, close button), body and footer when it is
 * connected. Giving it children instead would connect some of them twice, which doubles the
 * header's close button, so the default is adjusted after the fact.
 */
function buildModal(notice: CorrectionNotice, limit: LimitNotice): PagefindModal {
	const modal = element('pagefind-modal', { class: 'dn-search' }) as PagefindModal;
	document.body.append(modal);
	const input = modal.querySelector('pagefind-input');
	input?.setAttribute('placeholder', 'Search the notes');
	input?.setAttribute('debounce', String(SEARCH_DEBOUNCE_MS));
	const results = element('pagefind-results', {
		'max-sub-results': '3',
		'max-results': String(MAX_RESULTS),
	});
	results.append(element('script', { type: 'text/pagefind-template' }, RESULT_TEMPLATE));
	limit.list = results;
	// One Clear control in the dialog, the input's: the dropdown's own is left out, and picking
	// a selected section again unselects it. Sections are listed in learning-path order.
	const dropdown = element('pagefind-filter-dropdown', {
		filter: 'section',
		label: 'Section',
		'hide-clear': '',
	});
	orderFilterValues(dropdown, (a, b) => sectionRank(a) - sectionRank(b));
	const tools = element('div', { class: 'dn-search-tools' }, dropdown, element('pagefind-summary'));
	modal
		.querySelector(PAGEFIND_PARTS.modalBody)
		?.replaceChildren(tools, notice.node, results, limit.node);
	// The dropdown's button has the combobox role, which takes no name from its text, and
	// Pagefind names it only once a value is chosen. A label names it the rest of the time.
	const combobox = tools.querySelector(PAGEFIND_PARTS.combobox);
	if (combobox?.id)
		tools.prepend(element('label', { for: combobox.id, class: 'dn-sr-only' }, 'Section'));
	return modal;
}

function sectionRank(section: string): number {
	const i = (SECTIONS as readonly string[]).indexOf(section);
	return i === -1 ? SECTIONS.length : i;
}

/**
 * Keep Tab inside the open dialog: from its last control to its first and back, rather than
 * out to the browser's own controls.
 */
function trapTab(dialog: HTMLDialogElement) {
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Tab') return;
		const controls = [
			...dialog.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]'),
		].filter((el) => el.checkVisibility() && !el.matches(':disabled'));
		const first = controls[0];
		const last = controls.at(-1);
		const target = event.shiftKey
			? document.activeElement === first
				? last
				: undefined
			: document.activeElement === last
				? first
				: undefined;
		if (target) {
			event.preventDefault();
			target.focus();
		}
	});
}

/** Fetch a file into the HTTP cache; a failure is left to the code that needs the file. */
function prefetch(url: string): Promise<unknown> {
	return fetch(url)
		.then((response) => response.arrayBuffer())
		.catch(() => undefined);
}

async function setUp(): Promise<{ modal: PagefindModal; input: () => HTMLInputElement | null }> {
	void loadVocabulary();
	// The bundle exists only after the build has run Pagefind, so Vite must not resolve it.
	const uiUrl = `${bundle}pagefind-component-ui.js`;
	const engineUrl = `${bundle}pagefind.js`;
	await Promise.all([
		loadStylesheet(stylesheet),
		loadStylesheet(`${bundle}pagefind-component-ui.css`),
		import(/* @vite-ignore */ uiUrl),
		// The Component UI imports the search engine only once it has loaded; fetching both at
		// once saves a round trip on the first search. Same URL, so the module loads once.
		import(/* @vite-ignore */ engineUrl),
		// The engine starts its worker and fetches its WebAssembly only once the UI has loaded;
		// asking for both now puts them in the HTTP cache by then.
		prefetch(`${bundle}pagefind-worker.js`),
		prefetch(`${bundle}wasm.${document.documentElement.lang || 'unknown'}.pagefind`),
	]);
	const components = pagefindComponents(window);
	// A dynamically imported script has no document.currentScript, so say where the bundle is;
	// baseUrl makes result links right when the site lives under a sub-path.
	const instance = components.configureInstance('default', {
		bundlePath: bundle,
		baseUrl: base,
		highlightParam: HIGHLIGHT_PARAM,
		ranking: SEARCH_RANKING,
	});
	// In the modal, Esc closes it (Pagefind's modal catches the key before the input does), so
	// the input's keyboard hint must not promise that Esc clears the query.
	setEscapeHint(instance, 'close');
	const limit = new LimitNotice();
	const notice = new CorrectionNotice((query) => {
		instance.triggerSearch(query);
		modal.querySelector<HTMLInputElement>(PAGEFIND_PARTS.input)?.focus();
	});
	interceptEngine(instance, (engine) =>
		withCorrection(engine, {
			vocabulary: loadVocabulary,
			prefetch: prefetchData,
			notice,
			count: (total) => limit.update(total),
		})
	);
	// Start the engine (worker, WebAssembly, index entry) now rather than when the input
	// gets the focus a frame later.
	void instance.triggerLoad();
	const modal = buildModal(notice, limit);
	const dialog = modal.querySelector('dialog');
	dialog?.setAttribute('aria-label', 'Search the notes');
	if (dialog) trapTab(dialog);
	// Pagefind announces result counts in live regions at the end of <body>, but everything
	// outside an open modal dialog is inert and hidden from screen readers: move them inside.
	const announcer = document.querySelector(PAGEFIND_PARTS.announcer);
	if (dialog && announcer) dialog.append(announcer);
	return { modal, input: () => modal.querySelector<HTMLInputElement>(PAGEFIND_PARTS.input) };
}

let ready: ReturnType<typeof setUp> | undefined;
let returnTo: HTMLElement | undefined;

/** Open the search dialog; focus goes back to `trigger` when it closes. */
async function openSearchDialog(trigger: HTMLElement | undefined) {
	const first = !ready;
	ready ??= setUp();
	let parts: Awaited<typeof ready>;
	try {
		parts = await ready;
	} catch (error) {
		// Without its bundle (a dev server before the first build) search cannot open: go where
		// the button leads without JavaScript, the list of every note.
		console.error('Search could not load:', error);
		ready = undefined;
		location.assign(trigger instanceof HTMLAnchorElement ? trigger.href : `${base}notes/`);
		return;
	}
	const { modal, input } = parts;
	if (first) {
		modal.querySelector('dialog')?.addEventListener('close', () => {
			// The trigger may sit in the sticky header, inside the page's scroll padding: a plain
			// focus() would scroll the page to "reveal" it and lose the reader's place.
			if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
		});
	}
	if (modal.isOpen) {
		input()?.focus();
		return;
	}
	returnTo = trigger;
	modal.open();
}

document.addEventListener(OPEN_SEARCH_EVENT, (event) => {
	const trigger = (event as CustomEvent<HTMLElement | null>).detail;
	void openSearchDialog(trigger ?? undefined);
});
