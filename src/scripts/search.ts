// Opens the search dialog. Nothing of Pagefind is fetched until the reader asks for search:
// the first click, `/` or Ctrl/Cmd+K loads Pagefind's Component UI and opens its modal.
type PagefindModal = HTMLElement & { open(): void };

const base = import.meta.env.BASE_URL;
let modal: Promise<PagefindModal> | undefined;

function loadModal(): Promise<PagefindModal> {
	modal ??= (async () => {
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = `${base}pagefind/pagefind-component-ui.css`;
		document.head.append(css);
		const element = document.createElement('pagefind-modal') as PagefindModal;
		document.body.append(element);
		// The bundle exists only after the build has run Pagefind, so Vite must not resolve it.
		const url = `${base}pagefind/pagefind-component-ui.js`;
		await import(/* @vite-ignore */ url);
		await customElements.whenDefined('pagefind-modal');
		return element;
	})();
	return modal;
}

async function openSearch() {
	(await loadModal()).open();
}

for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]')) {
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		void openSearch();
	});
	trigger.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			void openSearch();
		}
	});
}

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement | null;
	const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
	if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
		event.preventDefault();
		void openSearch();
	}
});
