// Code blocks, the part that must be there before the reader acts: one Tab stop per block,
// each block's Copy button shown, a Copy button for each command of a table's "Command" column.
// What the keys and buttons do (src/scripts/code-actions.ts) loads on the first focus or press
// in a block or on a table command; a press that comes before it is replayed once it has loaded.
import { CODE_HINT, codeWalk } from '../lib/code-walk';
// `?worker&url`: one self-contained script and its URL, without Vite's preload helper here
// (as for the search dialog). It is not a worker: it runs on the page.
import actionsUrl from './code-actions.ts?worker&url';

for (const button of document.querySelectorAll<HTMLButtonElement>('.dn-copy')) {
	if (!button.closest('.dn-code')?.querySelector('pre code')) continue;
	button.hidden = false;
	button.setAttribute('aria-label', 'Copy code');
}

for (const table of document.querySelectorAll('.dn-prose table')) {
	const column = [...(table.querySelector('tr')?.children ?? [])].findIndex((th) =>
		/^commands?$/i.test(th.textContent?.trim() ?? '')
	);
	if (column < 0) continue;
	for (const row of table.querySelectorAll('tbody tr')) {
		const codes = row.children[column]?.querySelectorAll('code');
		if (codes?.length !== 1) continue;
		const command = codes[0]!.textContent ?? '';
		const button = Object.assign(document.createElement('button'), {
			type: 'button',
			className: 'dn-button dn-button-small dn-copy-command',
			textContent: 'Copy',
		});
		button.setAttribute('aria-label', `Copy ${command}`);
		codes[0]!.after(' ', button);
	}
}

// The code is the block's one stop; its actions and links are walked to with the arrow keys.
// Without JavaScript every link and button stays a Tab stop of its own, as plain HTML makes them.
let count = 0;
for (const figure of document.querySelectorAll('figure.dn-code')) {
	const pre = figure.querySelector('pre[tabindex]');
	if (!pre) continue;
	const bar = document.createElement('p');
	bar.className = 'dn-code-keys';
	bar.id = `dn-code-keys-${++count}`;
	bar.textContent = CODE_HINT;
	pre.after(bar);
	pre.setAttribute('aria-describedby', bar.id);
	for (const item of codeWalk(figure).slice(1)) item.tabIndex = -1;
}

let actions: Promise<void> | undefined;
let ready = false;
let queued = false;
const inBlock = (target: EventTarget | null) =>
	(target as Element | null)?.closest?.('figure.dn-code, .dn-copy-command');
const load = () =>
	(actions ??= import(/* @vite-ignore */ actionsUrl).then(() => void (ready = true)));
// Held back until the actions have loaded, then done again, in order.
const replay = (event: Event, again: () => void) => {
	if (ready || !inBlock(event.target)) return;
	event.preventDefault();
	event.stopImmediatePropagation();
	queued = true;
	void load().then(again);
};
for (const type of ['focusin', 'pointerdown'])
	addEventListener(type, (event) => void (inBlock(event.target) && load()));
addEventListener(
	'click',
	(event) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>(
			'.dn-copy, .dn-copy-command'
		);
		if (button) replay(event, () => button.click());
	},
	true
);
addEventListener(
	'keydown',
	(event) => {
		const { key } = event;
		const walkKey =
			/^(Arrow|Home$|End$|Escape$)/.test(key) && !event.altKey && !event.ctrlKey && !event.metaKey;
		// On the code only ↓ walks (← → ↑ scroll it), unless earlier keys are still waiting.
		const onCode = (event.target as Element).matches?.('pre');
		if (!walkKey || (onCode && key !== 'ArrowDown' && !queued)) return;
		// Each waiting key acts on the focus the keys before it have moved.
		replay(event, () => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', event)));
	},
	true
);
