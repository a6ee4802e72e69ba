import {
	PROGRESS_KEY,
	countDone,
	emptyProgress,
	firstTodo,
	markDone,
	noteStatus,
	parseProgress,
	serializeProgress,
	unmarkDone,
	type NoteStatus,
	type Progress,
} from '../lib/progress';

// The reader's progress, kept in this browser only. Every control ships `hidden` and is shown
// here only once storage has proved it works, so without JavaScript or storage (private modes,
// blocked cookies) the page reads exactly as it was built. The markup contract:
//   a[data-note][data-hash]           a link to a note: gets data-progress and a text mark
//   [data-progress-section]           a section; its count is over the links inside it or,
//     [data-slugs-from="url#section"] when the page shows only part of it, over a JSON list
//   [data-progress-count]             that section's "3 of 5"; the attribute holds the text
//                                     shown while nothing is done (or not yet known)
//   div[data-note][data-hash]         the note being read: holds the [data-done-button],
//                                     whose text says the state; gets data-progress-state
//   [data-progress-updated]           shown while the current note changed since read
//   [data-progress-ui]                anything else to show once storage works
//   [data-progress-started]           shown once at least one note is done
//   [data-progress-total]             "N of M notes done" over every note linked on the page
//   [data-progress-continue]          link to the first note not done, in document order;
//                                     its last child gets the note's title

// Pages that import this script themselves (home, progress, review, workbench) run it before
// every page's src/scripts/progress-loader.ts, which then leaves it alone: one copy per page.
document.documentElement.dataset.progressScript = '';

let storage: Storage | undefined;
try {
	storage = localStorage;
	// Some private modes let a site read but throw on write: find out before showing controls.
	storage.setItem('dn-probe', '1');
	storage.removeItem('dn-probe');
} catch {
	storage = undefined;
}

/** Whether this browser lets the site keep progress. */
export const canStore = storage !== undefined;

/** The stored progress (empty when nothing is stored or it is unreadable). */
export function readProgress(): Progress {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY)) ?? emptyProgress();
	} catch {
		return emptyProgress();
	}
}

/** Store `progress` and redraw every mark on the page. */
export function writeProgress(progress: Progress): void {
	try {
		storage?.setItem(PROGRESS_KEY, serializeProgress(progress));
	} catch {
		// Full or revoked storage: the marks below still show this visit's state.
	}
	render(progress);
}

const all = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [
	...root.querySelectorAll<E>(selector),
];
const srText = (text: string) =>
	Object.assign(document.createElement('span'), { className: 'dn-sr-only', textContent: text });
const statusOf = (progress: Progress, el: HTMLElement): NoteStatus =>
	noteStatus(progress, el.dataset.note ?? '', el.dataset.hash);

// Slug lists of sections the page shows only in part, fetched once when first needed.
const lists: Record<string, Promise<Record<string, string[]> | undefined>> = {};
const loaded: Record<string, Record<string, string[]> | undefined> = {};

function sectionSlugs(section: HTMLElement): string[] | undefined {
	const from = section.dataset.slugsFrom;
	if (!from) return all('a[data-note]', section).map((a) => a.dataset.note ?? '');
	const [url = '', key = ''] = from.split('#');
	lists[url] ??= fetch(url)
		.then((response) => (response.ok ? response.json() : undefined))
		.catch(() => undefined)
		.then((data) => {
			loaded[url] = data;
			render(readProgress());
			return data;
		});
	return loaded[url]?.[key];
}

function render(progress: Progress): void {
	const any = Object.keys(progress.notes).length > 0;
	const links = all<HTMLAnchorElement>('a[data-note]');
	for (const link of links) {
		const status = statusOf(progress, link);
		link.querySelector('.dn-progress-mark')?.remove();
		if (status === 'todo') {
			delete link.dataset.progress;
		} else {
			link.dataset.progress = status;
			const mark = srText(status === 'done' ? ' (done)' : ' (updated since you read it)');
			mark.classList.add('dn-progress-mark');
			link.append(mark);
		}
	}
	for (const count of all('[data-progress-count]')) {
		const section = count.closest<HTMLElement>('[data-progress-section]');
		const slugs = any && section ? sectionSlugs(section) : undefined;
		count.textContent = slugs
			? `${countDone(progress, slugs)} of ${slugs.length}`
			: (count.dataset.progressCount ?? '');
		if (slugs) count.append(srText(' done'));
		count.hidden = !count.textContent;
	}
	const slugs = [...new Set(links.map((a) => a.dataset.note ?? ''))];
	for (const el of all('[data-progress-total]'))
		el.textContent = `${countDone(progress, slugs)} of ${slugs.length} notes done`;
	for (const el of all('[data-progress-started]')) el.hidden = !any;
	const note = document.querySelector<HTMLElement>('div[data-note]');
	const status = note ? statusOf(progress, note) : 'todo';
	if (note) note.dataset.progressState = status;
	const button = note?.querySelector('[data-done-button]');
	if (button) button.textContent = status === 'done' ? 'Done ✓ — undo' : 'Mark as done';
	for (const el of all('[data-progress-updated]')) el.hidden = status !== 'updated';
	const next = firstTodo(
		progress,
		links.map((a) => ({ slug: a.dataset.note ?? '', a }))
	);
	for (const el of all<HTMLAnchorElement>('[data-progress-continue]')) {
		el.hidden = !any || !next;
		if (next) {
			el.href = next.a.getAttribute('href') ?? '';
			el.lastElementChild!.textContent = next.a.firstChild?.textContent?.trim() ?? '';
		}
	}
}

if (canStore) {
	for (const el of all('[data-progress-ui], div[data-note]')) el.hidden = false;
	const note = document.querySelector<HTMLElement>('div[data-note]');
	note?.querySelector('[data-done-button]')?.addEventListener('click', () => {
		const progress = readProgress();
		const slug = note.dataset.note ?? '';
		writeProgress(
			statusOf(progress, note) === 'done'
				? unmarkDone(progress, slug)
				: markDone(progress, slug, note.dataset.hash ?? '', new Date())
		);
	});
	// Another tab marked a note: follow it here.
	addEventListener('storage', (event) => {
		if (event.key === PROGRESS_KEY || event.key === null) render(readProgress());
	});
	render(readProgress());
}
