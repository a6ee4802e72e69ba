// The button that opens the sidebar on small screens (see Header.astro).
const button = document.querySelector<HTMLButtonElement>('.dn-menu-button');
const sidebar = document.getElementById('dn-sidebar');
if (button && sidebar) {
	button.hidden = false;
	const setOpen = (open: boolean) => {
		button.setAttribute('aria-expanded', String(open));
		sidebar.dataset.open = String(open);
	};
	button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
			setOpen(false);
			// The button is in the sticky header: focusing it must not scroll the page.
			button.focus({ preventScroll: true });
		}
	});
}
