// The theme control: cycles system → light → dark → system (see ThemeToggle.astro).
import { THEME_KEY } from '../lib/theme-init';

const button = document.querySelector<HTMLButtonElement>('.dn-theme-toggle');
const root = document.documentElement;
const modes = ['system', 'light', 'dark'];
const actions = ['Follow system theme', 'Use light theme', 'Use dark theme'];
const mode = () => root.dataset.theme ?? 'system';
const next = () => (modes.indexOf(mode()) + 1) % 3;
if (button) {
	const sync = () => {
		button.dataset.mode = mode();
		button.lastElementChild!.textContent = actions[next()]!;
	};
	button.hidden = false;
	sync();
	button.addEventListener('click', () => {
		const theme = modes[next()]!;
		try {
			if (theme === 'system') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, theme);
		} catch {
			// Storage may be blocked; the choice then lasts for this page only.
		}
		if (theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = theme;
		sync();
	});
}
