// What code blocks do, loaded by src/scripts/code-blocks.ts on the first focus or press in one.
// Copy: a block's code (without prompts) or a table's command, said in the live region.
// Keys: on the code (a scrollable region: ← → scroll it) ↓ steps into its actions (Open in
// workbench, Copy), keyword links and warning link; ↓ ↑ walk them, Home and End jump, Escape
// returns to the code. The last item walked to becomes the block's stop (a roving tabindex).
// The bar under the code says so and, on a keyword, shows its definition.
import { toCopyText } from '../lib/copy-text';
import { CODE_HINT, codeWalk } from '../lib/code-walk';

const status = document.getElementById('dn-copy-status');

document.addEventListener('click', async (event) => {
	const button = (event.target as Element).closest?.<HTMLButtonElement>(
		'.dn-copy:not([hidden]), .dn-copy-command'
	);
	const figure = button?.closest('.dn-code');
	const code = figure?.querySelector('pre code');
	if (!button || (!code && !button.matches('.dn-copy-command'))) return;
	const what = code ? 'Code' : 'Command';
	try {
		await navigator.clipboard.writeText(
			code
				? toCopyText(code.textContent ?? '', figure!.getAttribute('data-language') ?? undefined)
				: (button.previousElementSibling?.textContent ?? '')
		);
		button.textContent = 'Copied';
		if (status) status.textContent = `${what} copied to the clipboard`;
	} catch {
		button.textContent = 'Copy failed';
		if (status) status.textContent = 'Could not copy: select the text and copy it by hand';
	}
	setTimeout(() => {
		button.textContent = 'Copy';
		if (status) status.textContent = '';
	}, 2000);
});

function enter(item: Element | null) {
	const figure = item?.closest?.('figure.dn-code');
	const items = figure ? codeWalk(figure) : [];
	if (!items.includes(item as HTMLElement)) return;
	for (const other of items) other.tabIndex = other === item ? 0 : -1;
	figure!.querySelector('.dn-code-keys')!.textContent = item!.matches('a.dn-kw')
		? `${item!.textContent}: ${(item as HTMLElement).title}`
		: CODE_HINT;
}

document.addEventListener('focusin', (event) => enter(event.target as Element));
// The focus that loaded this script came before its listener.
enter(document.activeElement);

document.addEventListener('keydown', (event) => {
	const item = event.target as HTMLElement;
	const figure = item.closest?.('figure.dn-code');
	const items = figure ? codeWalk(figure) : [];
	const at = items.indexOf(item);
	if (at < 0 || items.length < 2 || event.altKey || event.ctrlKey || event.metaKey) return;
	// On the code, ← → ↑ keep scrolling as usual; only ↓ steps into its controls.
	const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
	const to =
		at === 0
			? event.key === 'ArrowDown'
				? 1
				: -1
			: step !== undefined
				? at + step
				: event.key === 'Home'
					? 1
					: event.key === 'End'
						? items.length - 1
						: event.key === 'Escape'
							? 0
							: -1;
	if (to < 0) return;
	event.preventDefault();
	items[Math.min(to, items.length - 1)]!.focus();
});
