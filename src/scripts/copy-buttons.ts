import { toCopyText } from '../lib/copy-text';

// Show each code block's copy button and copy the block's code (without prompts).
const status = document.createElement('p');
status.className = 'dn-sr-only';
status.setAttribute('role', 'status');
document.body.append(status);

for (const button of document.querySelectorAll<HTMLButtonElement>('.dn-copy')) {
	const figure = button.closest('.dn-code');
	const code = figure?.querySelector('pre code');
	if (!figure || !code) continue;
	button.hidden = false;
	button.setAttribute('aria-label', 'Copy code');
	button.addEventListener('click', async () => {
		const text = toCopyText(code.textContent ?? '', figure.getAttribute('data-language') ?? undefined);
		try {
			await navigator.clipboard.writeText(text);
			button.textContent = 'Copied';
			status.textContent = 'Code copied to the clipboard';
		} catch {
			button.textContent = 'Copy failed';
			status.textContent = 'Could not copy: select the code and copy it by hand';
		}
		setTimeout(() => {
			button.textContent = 'Copy';
			status.textContent = '';
		}, 2000);
	});
}
