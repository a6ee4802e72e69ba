// Loads the reader's progress script (src/scripts/progress.ts) when there is progress to show,
// unless the page has already run it. Before a note is first marked nothing on a page changes
// but the controls being shown, so on a first visit this shows them, stores the first "Mark as
// done" itself (at once, as the script would) and only then fetches the script, which draws
// the new state; another tab storing progress fetches it too.
import { emptyProgress, markDone, PROGRESS_KEY, serializeProgress } from '../lib/progress-core';
// `?worker&url`: the script on its own, without Vite's preload helper here (as for search).
import progressUrl from './progress.ts?worker&url';

let script: Promise<unknown> | undefined;
const load = () => (script ??= import(/* @vite-ignore */ progressUrl));
let stored: string | null | undefined;
try {
	// The same probe as progress.ts: some private modes read but throw on write.
	localStorage.setItem('dn-probe', '1');
	localStorage.removeItem('dn-probe');
	stored = localStorage.getItem(PROGRESS_KEY);
} catch {
	stored = undefined;
}
const running = document.documentElement.dataset.progressScript !== undefined;
if (!running && stored) {
	void load();
} else if (!running && stored !== undefined) {
	for (const el of document.querySelectorAll<HTMLElement>('[data-progress-ui], div[data-note]'))
		el.hidden = false;
	const note = document.querySelector<HTMLElement>('div[data-note]');
	note?.querySelector('[data-done-button]')?.addEventListener(
		'click',
		() => {
			if (script) return;
			try {
				if (!localStorage.getItem(PROGRESS_KEY)) {
					const progress = markDone(
						emptyProgress(),
						note.dataset.note ?? '',
						note.dataset.hash ?? '',
						new Date()
					);
					localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
				}
			} catch {
				// Storage refused the write after all: the script shows this visit's state.
			}
			void load();
		},
		{ once: true }
	);
	addEventListener('storage', () => void load(), { once: true });
}
