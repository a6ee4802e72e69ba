// Opens the search dialog. Nothing of search is fetched until the reader asks for it: the
// first click, `/` or Ctrl/Cmd+K loads the dialog script, which then loads Pagefind.
// This file runs on every page, so it stays small.
import { HIGHLIGHT_PARAM, OPEN_SEARCH_EVENT } from '../lib/search/config';
// `?worker&url` makes Vite build the dialog into one self-contained script and give its URL.
// A plain import() would also work, but Vite then adds its module-preload helper (~0.8 KB
// gzipped) to this file on every page. The dialog is not a worker: it runs on the page.
import dialogUrl from './search-dialog.ts?worker&url';

const triggers = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]')];
let dialog: Promise<unknown> | undefined;

function openSearch(trigger: HTMLElement | undefined) {
	dialog ??= import(/* @vite-ignore */ dialogUrl);
	// Without a trigger (a shortcut), focus returns to what had it, else to the header button.
	const active = document.activeElement;
	const returnTo =
		trigger ?? (active instanceof HTMLElement && active !== document.body ? active : triggers[0]);
	void dialog.then(
		() => document.dispatchEvent(new CustomEvent(OPEN_SEARCH_EVENT, { detail: returnTo ?? null })),
		// If the dialog cannot load, the button still leads where it does without JavaScript.
		() => {
			dialog = undefined;
			if (triggers[0]) location.assign(triggers[0].href);
		}
	);
}

for (const trigger of triggers) {
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		openSearch(trigger);
	});
	trigger.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			openSearch(trigger);
		}
	});
}

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement | null;
	const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
	if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
		event.preventDefault();
		openSearch(undefined);
	}
});

// A search result link carries the query: mark its words on the page it opens, with
// Pagefind's highlight script (which exists only after the build has run Pagefind).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	// A plain variable, not a template literal: Vite then leaves the import() alone.
	const highlightUrl = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
	void import(/* @vite-ignore */ highlightUrl).then(() => {
		const Highlight = (
			window as unknown as { PagefindHighlight?: new (options: object) => unknown }
		).PagefindHighlight;
		// Its own style is a fixed yellow <style> element; prose.css styles <mark> per theme.
		if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
	});
}
