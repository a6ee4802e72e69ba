// One Tab stop per code block. The code itself (a scrollable region: ← → scroll it) is the
// stop; ↓ and ↑ walk its Copy button, keyword links and warning link, Escape returns to the
// code. The last item walked to becomes the block's stop (a roving tabindex). A bar under the
// code says so and, on a keyword, shows its definition, so nothing in the code moves. Without
// this script every link and button is a Tab stop of its own, as plain HTML makes them.
const HINT = '↓ ↑ Copy and keyword links · ← → scroll · Esc back to the code';
let count = 0;

for (const figure of document.querySelectorAll<HTMLElement>('figure.dn-code')) {
	const pre = figure.querySelector<HTMLElement>('pre[tabindex]');
	if (!pre) continue;
	const items = (): HTMLElement[] => [
		pre,
		...figure.querySelectorAll<HTMLElement>('.dn-copy:not([hidden]), pre a.dn-kw, .dn-code-note a'),
	];
	const bar = document.createElement('p');
	bar.className = 'dn-code-keys';
	bar.id = `dn-code-keys-${++count}`;
	bar.textContent = HINT;
	pre.after(bar);
	pre.setAttribute('aria-describedby', bar.id);
	const rove = (to: HTMLElement) => {
		for (const item of items()) item.tabIndex = item === to ? 0 : -1;
	};
	rove(pre);
	figure.addEventListener('focusin', (event) => {
		const item = event.target as HTMLElement;
		if (!items().includes(item)) return;
		rove(item);
		bar.textContent = item.matches('a.dn-kw') ? `${item.textContent}: ${item.title}` : HINT;
	});
	figure.addEventListener('keydown', (event) => {
		const list = items();
		const at = list.indexOf(event.target as HTMLElement);
		if (at < 0 || list.length < 2 || event.altKey || event.ctrlKey || event.metaKey) return;
		// On the code, ← → and ↑ keep scrolling as usual; only ↓ steps into its controls.
		const onCode = at === 0;
		const moves: Record<string, number | undefined> = {
			ArrowDown: at + 1,
			ArrowRight: onCode ? undefined : at + 1,
			ArrowUp: onCode ? undefined : at - 1,
			ArrowLeft: onCode ? undefined : at - 1,
			Home: onCode ? undefined : 1,
			End: onCode ? undefined : list.length - 1,
			Escape: onCode ? undefined : 0,
		};
		const next = moves[event.key];
		if (next === undefined) return;
		event.preventDefault();
		list[Math.min(Math.max(next, 0), list.length - 1)]!.focus();
	});
}
