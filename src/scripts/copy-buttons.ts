import { toCopyText } from '../lib/copy-text';

// Show each code block's copy button and copy the block's code (without prompts); give each
// command in a table's "Command" column a copy button of its own.
const status = document.createElement('p');
status.className = 'dn-sr-only';
status.setAttribute('role', 'status');
document.body.append(status);

function copyOnClick(button: HTMLButtonElement, text: () => string, what: string) {
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(text());
			button.textContent = 'Copied';
			status.textContent = `${what} copied to the clipboard`;
		} catch {
			button.textContent = 'Copy failed';
			status.textContent = 'Could not copy: select the text and copy it by hand';
		}
		setTimeout(() => {
			button.textContent = 'Copy';
			status.textContent = '';
		}, 2000);
	});
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.dn-copy')) {
	const figure = button.closest('.dn-code');
	const code = figure?.querySelector('pre code');
	if (!figure || !code) continue;
	button.hidden = false;
	button.setAttribute('aria-label', 'Copy code');
	copyOnClick(button, () => toCopyText(code.textContent ?? '', figure.getAttribute('data-language') ?? undefined), 'Code');
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
		const button = Object.assign(document.createElement('button'), { type: 'button', className: 'dn-button dn-button-small dn-copy-command', textContent: 'Copy' });
		button.setAttribute('aria-label', `Copy ${command}`);
		copyOnClick(button, () => command, 'Command');
		codes[0]!.after(' ', button);
	}
}
