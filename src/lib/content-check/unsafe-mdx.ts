import { dirname, join, normalize } from 'node:path/posix';
import type { FileDiagnostic } from './diagnostic.ts';
import { type MdNode, type MdxAttribute, startOf, walk } from './mdast.ts';

/**
 * The site's own MDX components a note may import: component name → file, from the project root.
 * There are none yet; adding one here is the only way a note may contain an `import`.
 */
export const MDX_COMPONENTS: Readonly<Record<string, string>> = {};

/** Elements that run code, load other documents or change where links and forms go. */
export const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'form', 'base', 'meta', 'link']);

/** Attributes whose value is a URL that a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data', 'background']);

/** True for `javascript:`, `vbscript:` and `data:text/html` URLs, however they are spaced or cased. */
export function isDangerousUrl(url: string): boolean {
	// Browsers ignore spaces, tabs, newlines and control characters around and inside the scheme.
	const squeezed = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
	return /^(?:javascript|vbscript):|^data:text\/html/.test(squeezed);
}

/** True when an expression holds only comments (`{/* note to editors *\/}`), which compile to nothing. */
export function isCommentOnly(expression: string): boolean {
	return expression.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/** An import line the allowlist accepts: `import Name from './path.astro'`. */
const ALLOWED_IMPORT = /^import\s+([A-Z][\w]*)\s+from\s+(['"])([^'"]+)\2;?$/;

/** The components imported by an ESM block, or undefined when any statement is not an allowed import. */
function allowedImports(esm: string, file: string): string[] | undefined {
	const names: string[] = [];
	for (const statement of esm.split('\n').map((l) => l.trim()).filter(Boolean)) {
		const match = ALLOWED_IMPORT.exec(statement);
		const name = match?.[1];
		const source = match?.[3];
		if (!name || !source || !source.startsWith('.')) return undefined;
		if (MDX_COMPONENTS[name] !== normalize(join(dirname(file), source))) return undefined;
		names.push(name);
	}
	return names;
}

/** Text cut to `max` characters, with an ellipsis when it was longer. */
function short(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The 1-based line and column of a character offset in `source`. */
function positionAt(source: string, offset: number): { line: number; column: number } {
	const before = source.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where an attribute sits: searched for in the element's opening tag, since attributes carry no position. */
function attributePosition(source: string, element: MdNode, needle: string) {
	const start = element.position?.start.offset;
	if (start === undefined) return startOf(element);
	const tagEnd = source.indexOf('>', start);
	const at = source.indexOf(needle, start);
	return at >= 0 && (tagEnd < 0 || at <= tagEnd) ? positionAt(source, at) : startOf(element);
}

const ALLOWED_HTML = '`<details>`, `<summary>`, `<kbd>`, `<abbr>`, `<sub>`, `<sup>`, `<br />`';

/** Check one attribute of an element: no expressions, no event handlers, no script URLs. */
function checkAttribute(attribute: MdxAttribute, element: MdNode, source: string): FileDiagnostic | undefined {
	const tag = element.name ?? '';
	if (attribute.type === 'mdxJsxExpressionAttribute') {
		return {
			...attributePosition(source, element, '{'),
			rule: 'mdx-expression',
			severity: 'error',
			message: `\`<${tag}>\` has a JavaScript attribute \`{${short(String(attribute.value ?? ''))}}\`, which would run while the site is built`,
			fix: 'Remove it; notes may only use plain `name="value"` attributes',
		};
	}
	const name = attribute.name ?? '';
	const at = attributePosition(source, element, name);
	if (/^on/i.test(name)) {
		return {
			...at,
			rule: 'mdx-event-attribute',
			severity: 'error',
			message: `\`${name}\` on \`<${tag}>\` is an event handler: it would run script in the reader's browser`,
			fix: `Remove the \`${name}\` attribute`,
		};
	}
	const value = attribute.value;
	if (value && typeof value === 'object') {
		return {
			...at,
			rule: 'mdx-expression',
			severity: 'error',
			message: `\`${name}={${short(value.value)}}\` on \`<${tag}>\` is a JavaScript expression, which would run while the site is built`,
			fix: `Write a plain value in quotes: \`${name}="…"\``,
		};
	}
	if (typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase()) && isDangerousUrl(value)) {
		return { ...at, ...dangerousUrl(value) };
	}
	return undefined;
}

/** The message for a `javascript:`-style URL. */
function dangerousUrl(url: string) {
	return {
		rule: 'mdx-url-scheme',
		severity: 'error' as const,
		message: `The URL \`${short(url)}\` would run script in the reader's browser`,
		fix: 'Link to an `https://` page or to another note (`/notes/<slug>/`) instead',
	};
}

/**
 * Find everything in a note that would run code at build time or in the reader's browser:
 * imports and exports, `{…}` expressions, unsafe elements, event attributes and script URLs.
 * Text inside code blocks and inline code is text, so it is never reported.
 */
export function checkUnsafeMdx(tree: MdNode, source: string, file: string): FileDiagnostic[] {
	const found: FileDiagnostic[] = [];
	const components = new Set<string>();
	walk(tree, (node) => {
		if (node.type !== 'mdxjsEsm') return;
		const names = allowedImports(node.value ?? '', file);
		if (names) {
			for (const name of names) components.add(name);
			return;
		}
		const isExport = /^\s*export\b/m.test(node.value ?? '');
		found.push({
			...startOf(node),
			rule: 'mdx-import',
			severity: 'error',
			message: isExport
				? 'Notes may not `export` anything: MDX runs exports as JavaScript while the site is built'
				: `Notes may not \`import\` code: MDX runs imports while the site is built, and ${Object.keys(MDX_COMPONENTS).length === 0 ? 'the site has no MDX components yet' : 'only the site\'s own components are allowed'}`,
			fix: 'Delete the line. To show code, put it in a fenced code block',
		});
	});
	walk(tree, (node) => {
		switch (node.type) {
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (isCommentOnly(node.value ?? '')) return;
				found.push({
					...startOf(node),
					rule: 'mdx-expression',
					severity: 'error',
					message: `\`{${short(node.value ?? '')}}\` is a JavaScript expression, which MDX runs while the site is built`,
					fix: 'To show braces, put the text in inline code (`` `{{.Names}}` ``) or write `\\{`',
				});
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				// An unsafe name in capitals (`<IFRAME>`) is still reported as the element it spells.
				if (UNSAFE_ELEMENTS.has(name.toLowerCase())) {
					found.push({
						...startOf(node),
						rule: 'mdx-element',
						severity: 'error',
						message: `\`<${name}>\` is not allowed in a note: it could run code or load another page in the reader's browser`,
						fix: `To show the tag, put it in inline code or a code block; for layout use Markdown or ${ALLOWED_HTML}`,
					});
				} else if (/^[A-Z]|\./.test(name) && !components.has(name)) {
					found.push({
						...startOf(node),
						rule: 'mdx-component',
						severity: 'error',
						message: `\`<${name}>\` is not one of the site's MDX components (${Object.keys(MDX_COMPONENTS).length === 0 ? 'there are none yet' : Object.keys(MDX_COMPONENTS).join(', ')})`,
						fix: `Write it as Markdown, or with the HTML that notes may use: ${ALLOWED_HTML}`,
					});
				}
				for (const attribute of node.attributes ?? []) {
					const problem = checkAttribute(attribute, node, source);
					if (problem) found.push(problem);
				}
				return;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (node.url && isDangerousUrl(node.url)) found.push({ ...startOf(node), ...dangerousUrl(node.url) });
				return;
		}
	});
	return found;
}
