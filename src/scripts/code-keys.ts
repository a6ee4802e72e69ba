// One Tab stop per code block. The code itself (a scrollable region: ← → scroll it) is the
// stop; ↓ and ↑ walk its actions (Open in workbench, Copy), keyword links and warning link, Escape returns to the
// code. The last item walked to becomes the block's stop (a roving tabindex). A bar under the
// code says so and, on a keyword, shows its definition, so nothing in the code moves. Without
// this script every link and button is a Tab stop of its own, as plain HTML makes them.
const HINT = '↓ ↑ actions and keyword links · Esc back to the code';

/** The block's walk: its code first, then its controls in document order. */
const walk = (figure: Element): HTMLElement[] => [
	figure.querySelector('pre')!,
	...figure.querySelectorAll<HTMLElement>('.dn-code-actions a, .dn-copy:not([hidden]), pre a.dn-kw, .dn-code-note a'),
];

let count = 0;
for (const figure of document.querySelectorAll('figure.dn-code')) {
	const pre = figure.querySelector('pre[tabindex]');
	if (!pre) continue;
	const bar = document.createElement('p');
	bar.className = 'dn-code-keys';
	bar.id = `dn-code-keys-${++count}`;
	bar.textContent = HINT;
	pre.after(bar);
	pre.setAttribute('aria-describedby', bar.id);
	for (const item of walk(figure).slice(1)) item.tabIndex = -1;
}

document.addEventListener('focusin', (event) => {
	const item = event.target as HTMLElement;
	const figure = item.closest?.('figure.dn-code');
	const items = figure ? walk(figure) : [];
	if (!items.includes(item)) return;
	for (const other of items) other.tabIndex = other === item ? 0 : -1;
	figure!.querySelector('.dn-code-keys')!.textContent = item.matches('a.dn-kw') ? `${item.textContent}: ${item.title}` : HINT;
});

document.addEventListener('keydown', (event) => {
	const item = event.target as HTMLElement;
	const figure = item.closest?.('figure.dn-code');
	const items = figure ? walk(figure) : [];
	const at = items.indexOf(item);
	if (at < 0 || items.length < 2 || event.altKey || event.ctrlKey || event.metaKey) return;
	// On the code, ← → ↑ keep scrolling as usual; only ↓ steps into its controls.
	const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
	const to =
		at === 0
			? event.key === 'ArrowDown' ? 1 : -1
			: step !== undefined ? at + step
			: event.key === 'Home' ? 1
			: event.key === 'End' ? items.length - 1
			: event.key === 'Escape' ? 0
			: -1;
	if (to < 0) return;
	event.preventDefault();
	items[Math.min(to, items.length - 1)]!.focus();
});
