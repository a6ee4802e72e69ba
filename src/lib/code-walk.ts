/** The hint under a code block that has keyboard focus. */
export const CODE_HINT = '↓ ↑ actions and keyword links · Esc back to the code';

/** A code block's keyboard walk: its code first, then its controls in document order. */
export const codeWalk = (figure: Element): HTMLElement[] => [
	figure.querySelector('pre')!,
	...figure.querySelectorAll<HTMLElement>(
		'.dn-code-actions a, .dn-copy:not([hidden]), pre a.dn-kw, .dn-code-note a'
	),
];
