/** The prefix of the colour variables the code theme paints with (`--dn-code-token-keyword`). */
export const CODE_VARIABLE_PREFIX = '--dn-code-';

/**
 * The class that stands for one colour of the code theme: `color:var(--dn-code-token-keyword)`
 * becomes `dn-t-keyword`, `color:var(--dn-code-foreground)` becomes `dn-t-foreground`.
 * src/styles/code.css gives each class its colour.
 */
export function colourClass(variable: string): string {
	return `dn-t-${variable.slice(CODE_VARIABLE_PREFIX.length).replace(/^token-/, '')}`;
}

/** The classes for Shiki's font styles and Astro's diff signs, whatever the colour. */
const DECLARATION_CLASSES: Readonly<Record<string, string>> = {
	'font-style:italic': 'dn-t-italic',
	'font-weight:bold': 'dn-t-bold',
	'text-decoration:underline': 'dn-t-underline',
	'text-decoration:line-through': 'dn-t-strike',
	'text-decoration:underline line-through': 'dn-t-underline dn-t-strike',
	// Astro's `+`/`-` sign at the start of a line of a ```diff block.
	'user-select:none': 'dn-t-sign',
};

/** What `.dn-code pre` (src/styles/code.css) already sets on every block, so the <pre> needs no class for it. */
const PRE_DECLARATIONS: ReadonlySet<string> = new Set([
	`background-color:var(${CODE_VARIABLE_PREFIX}background)`,
	`color:var(${CODE_VARIABLE_PREFIX}foreground)`,
	'overflow-x:auto',
]);

/**
 * The classes that replace a style attribute Shiki (or Astro's Shiki setup) wrote on an element
 * of a highlighted block, so that no page carries a style attribute and the page's CSP can
 * refuse them all (`style-src-attr 'none'`, src/lib/csp.ts). Only styles the code theme can
 * produce have a class: anything else is a mistake in the site's own Shiki setup, never a
 * note's (a note cannot give a block a style), and throws rather than lose the style silently.
 */
export function codeStyleClasses(style: string, element: 'pre' | 'token'): readonly string[] {
	// A build writes a handful of distinct styles, each on thousands of tokens.
	const key = `${element}|${style}`;
	let classes = known.get(key);
	if (!classes) known.set(key, (classes = classesOf(style, element)));
	return classes;
}

const known = new Map<string, readonly string[]>();

function classesOf(style: string, element: 'pre' | 'token'): string[] {
	const classes: string[] = [];
	for (const part of style.split(';')) {
		const declaration = part.trim().replace(/\s*:\s*/, ':');
		if (declaration === '') continue;
		if (element === 'pre' && PRE_DECLARATIONS.has(declaration)) continue;
		const colour = /^color:var\((--[\w-]+)\)$/.exec(declaration)?.[1];
		const found =
			element === 'pre'
				? undefined
				: colour?.startsWith(CODE_VARIABLE_PREFIX)
					? colourClass(colour)
					: DECLARATION_CLASSES[declaration];
		if (!found) {
			throw new Error(
				`The code highlighter wrote \`${declaration}\` on a ${element === 'pre' ? '<pre>' : 'token'}, which no class of src/styles/code.css stands for; add one (src/lib/code-classes.ts) so the page needs no style attribute`
			);
		}
		classes.push(...found.split(' '));
	}
	return classes;
}
