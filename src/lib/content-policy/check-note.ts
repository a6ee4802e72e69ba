import { find, html } from 'property-information';
import {
	HTML_ATTRIBUTES,
	HTML_ELEMENTS,
	LIMITS,
	MARKDOWN_NODE_TYPES,
	MDX_COMPONENTS,
	REMOVED_ELEMENTS,
	URL_PROPERTIES,
} from './allowlist.ts';
import { isEmptyExpression } from './expression.ts';
import { checkImageSource } from './image-path.ts';
import { extensionOf, looksLike } from './raster.ts';
import { checkSvg } from './svg.ts';
import {
	checkLinkUrl,
	isProtocolRelative,
	isRasterDataUrl,
	short,
	type UrlProblem,
	urlScheme,
} from './url.ts';

/** The slice of an mdast node (as Sätteri's `mdxToMdast` returns it) that the policy reads. */
export interface PolicyNode {
	type: string;
	position?: { start: { line: number; column: number } } | undefined;
	children?: PolicyNode[];
	value?: string | null;
	url?: string;
	identifier?: string;
	name?: string | null;
	attributes?: PolicyAttribute[];
}

/** An attribute of an MDX JSX element: `name="value"`, `name={expr}` or `{...spread}`. */
export interface PolicyAttribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value: string };
}

/** A policy violation at a line of the note. */
export interface PolicyProblem {
	line: number;
	column: number;
	rule: string;
	severity: 'error';
	message: string;
	fix: string;
}

/** How the policy reaches the files a note names, so it can judge SVG images. */
export interface PolicyContext {
	/** The note, from the project root: `content/notes/compose/compose.mdx`. */
	file: string;
	/** The folder images must stay inside, from the project root: `content`. */
	contentDir: string;
	/** The note's text, to tell `[a][b]` from the escaped `\\[a\\]\\[b\\]`, which parse alike. */
	source?: string;
	/** The bytes of a file by its path from the project root, or undefined when there is no such regular file. */
	readFile?: (path: string) => Uint8Array | undefined;
	/** Whether a file is a regular file, absent, or refused: a symbolic link or reached through one. */
	fileStatus?: (path: string) => 'file' | 'missing' | 'refused';
}

/** Elements that run code or load other documents: named in the message, since they are the dangerous ones. */
const ACTIVE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'form',
	'base',
	'meta',
	'link',
	'svg',
	'math',
	'template',
	'noscript',
	'portal',
	'audio',
	'video',
	'button',
	'textarea',
	'select',
]);

const ALLOWED_LIST = HTML_ELEMENTS.map((name) => `\`<${name}>\``).join(', ');
const TO_SHOW_CODE =
	'To show code or a tag, put it in inline code (`` `<script>` ``) or a fenced code block';

/** The allowed property names of an element, with `*`'s. */
function allowedProperties(tag: string): ReadonlySet<string> {
	return new Set([...(HTML_ATTRIBUTES['*'] ?? []), ...(HTML_ATTRIBUTES[tag] ?? [])]);
}

/** The problem with a URL-bearing attribute's value, if any. */
function checkAttributeUrl(tag: string, property: string, value: string): UrlProblem | undefined {
	if (property !== 'src' && property !== 'srcSet') return checkLinkUrl(value, property);
	// `srcset` is a list of `url size` pairs; every URL follows the `src` rule.
	const urls =
		property === 'srcSet'
			? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '')
			: [value];
	for (const url of urls) {
		const scheme = urlScheme(url);
		if (scheme === 'http' || scheme === 'https' || isProtocolRelative(url)) {
			return {
				rule: 'image-remote',
				message: `\`<${tag}>\` loads \`${short(url)}\` from another site: the site's Content-Security-Policy (\`img-src 'self' data:\`) would block it`,
				fix: 'Save the image next to the note and show it with Markdown: `![What it shows](./picture.png)`',
			};
		}
		if (scheme !== undefined && !(scheme === 'data' && isRasterDataUrl(url))) {
			return {
				rule: 'mdx-url-scheme',
				message: `\`<${tag}>\` loads \`${short(url)}\`, which is not an image`,
				fix: 'Show an image file with Markdown: `![What it shows](./picture.png)`',
			};
		}
		if (scheme === undefined && !url.startsWith('/')) {
			return {
				rule: 'image-html',
				message: `\`<${tag}>\` with the relative path \`${short(url)}\` is not copied into the site, so readers would see a broken image`,
				fix: 'Show the image with Markdown instead: `![What it shows](./picture.png)`',
			};
		}
	}
	return undefined;
}

/** Check one JSX element's name and attributes. */
function checkElement(
	node: PolicyNode,
	report: (p: Omit<PolicyProblem, 'severity' | 'line' | 'column'>) => void
): void {
	const pushed = { count: 0 };
	const push = (p: Omit<PolicyProblem, 'severity' | 'line' | 'column'>) => {
		pushed.count++;
		report(p);
	};
	const name = node.name ?? '';
	const lower = name.toLowerCase();
	// `<IFRAME>` is a component reference to MDX, but it spells an element and is judged as one.
	const spellsElement =
		HTML_ELEMENTS.includes(lower) || ACTIVE_ELEMENTS.has(lower) || lower in REMOVED_ELEMENTS;
	const component = /[.:]/.test(name) || name === '' || (/^[A-Z]/.test(name) && !spellsElement);
	if (name === '') {
		push({
			rule: 'mdx-fragment',
			message: 'The empty tag `<>` is JSX, not something a note needs',
			fix: 'Remove `<>` and `</>`',
		});
	} else if (component) {
		if (!(name in MDX_COMPONENTS)) {
			const known = Object.keys(MDX_COMPONENTS);
			push({
				rule: 'mdx-component',
				message: `\`<${name}>\` is not one of the site's MDX components (${known.length === 0 ? 'there are none yet' : known.join(', ')})`,
				fix: `Write it as Markdown, or with the HTML that notes may use. ${TO_SHOW_CODE}`,
			});
		}
	} else if (REMOVED_ELEMENTS[lower]) {
		push({
			rule: lower === 'h1' ? 'mdx-h1' : 'mdx-element',
			message: `\`<${name}>\` is not allowed in a note: ${REMOVED_ELEMENTS[lower]}`,
			fix: lower === 'h1' ? 'Use `## Heading` for a section' : 'Write it in Markdown',
		});
	} else if (!HTML_ELEMENTS.includes(name)) {
		const active = ACTIVE_ELEMENTS.has(lower);
		push({
			rule: 'mdx-element',
			message: active
				? `\`<${name}>\` is not allowed in a note: it could run code, load another page or change the page around the note`
				: `\`<${name}>\` is not one of the HTML elements a note may use${HTML_ELEMENTS.includes(lower) ? ` (write it in lowercase: \`<${lower}>\`)` : ''}`,
			fix: `${TO_SHOW_CODE}. For layout use Markdown or ${ALLOWED_LIST}`,
		});
	}
	// An element that is refused whole is not judged attribute by attribute as well.
	if (pushed.count > 0) return;
	const props = component ? new Set(MDX_COMPONENTS[name]?.props ?? []) : allowedProperties(lower);
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute') {
			push({
				rule: 'mdx-expression',
				message: `\`<${name}>\` spreads \`{${short(String(attribute.value ?? ''))}}\` into its attributes: JavaScript, which MDX runs while the site is built`,
				fix: 'Remove it; write each attribute as `name="value"`',
			});
			continue;
		}
		const attr = attribute.name ?? '';
		const value = attribute.value;
		if (value && typeof value === 'object') {
			push({
				rule: 'mdx-expression',
				message: `\`${attr}={${short(value.value)}}\` on \`<${name}>\` is a JavaScript expression, which MDX runs while the site is built`,
				fix: `Write a plain value in quotes: \`${attr}="…"\``,
			});
			continue;
		}
		const directive = /^(set|is|client|server|define|transition):/i.exec(attr);
		if (directive) {
			push({
				rule: 'mdx-directive',
				message: `\`${attr}\` on \`<${name}>\` is an Astro directive: it would ${/^set:/i.test(attr) ? 'insert its value as raw HTML' : 'change how the page is built or run script'}`,
				fix: `Remove \`${attr}\`; a note's text and HTML are written as they should appear`,
			});
			continue;
		}
		if (/^on/i.test(attr)) {
			push({
				rule: 'mdx-event-attribute',
				message: `\`${attr}\` on \`<${name}>\` is an event handler: it would run script in the reader's browser`,
				fix: `Remove the \`${attr}\` attribute`,
			});
			continue;
		}
		if (attr.toLowerCase() === 'style') {
			push({
				rule: 'mdx-style',
				message: `\`style\` on \`<${name}>\` is not allowed: a note's look comes from the site's stylesheet, the same in both themes`,
				fix: 'Remove the `style` attribute; use Markdown emphasis, a table or a list instead',
			});
			continue;
		}
		// Compared as the browser does: `HREF`, `href` and `hRef` are one attribute.
		const property = component ? attr : find(html, attr).property;
		if (!props.has(property)) {
			push({
				rule: 'mdx-attribute',
				message: `The attribute \`${attr}\` is not allowed on \`<${name}>\`${URL_PROPERTIES.has(property) ? ': it sets a URL the browser would follow or load' : ''}`,
				fix: component
					? `Its props are: ${[...props].join(', ') || 'none'}`
					: 'Remove it. CONTRIBUTING.md ("HTML in notes") lists the attributes each element may have',
			});
			continue;
		}
		// The site's own elements have `dn-` ids; a note's id must not take one (or its script's place).
		if (
			property === 'id' &&
			typeof value === 'string' &&
			(!/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(value) || /^dn-/i.test(value))
		) {
			push({
				rule: 'mdx-attribute',
				message: `The id \`${short(value)}\` on \`<${name}>\` is not allowed: ids are letters, digits and dashes, and \`dn-\` ids belong to the site`,
				fix: 'Use a lowercase id with dashes, such as `id="build-cache"`',
			});
			continue;
		}
		if (typeof value === 'string' && URL_PROPERTIES.has(property)) {
			const problem = checkAttributeUrl(lower, property, value);
			if (problem) push(problem);
		}
	}
}

/**
 * Judge one note against the allowlist: its Markdown node types, its HTML and MDX elements and
 * attributes, every URL, every image, and the nesting depth. `tree` is the parse of the whole
 * file (`mdxToMdast`), so lines are lines of the file. Everything not allowed is a problem with
 * a fix; nothing is removed. Iterative, so a deep tree cannot overflow the stack.
 */
export function checkNotePolicy(tree: PolicyNode, context: PolicyContext): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	const definitions = new Map<string, PolicyNode>();
	const stack: [PolicyNode, number][] = [[tree, 0]];
	const nodes: PolicyNode[] = [];
	const lines = context.source?.split('\n');
	while (stack.length > 0) {
		const [node, depth] = stack.pop() as [PolicyNode, number];
		if (depth > LIMITS.depth) {
			problems.push({
				...startOf(node),
				rule: 'nesting-depth',
				severity: 'error',
				message: `The note nests quotes, lists, emphasis or elements more than ${LIMITS.depth} levels deep here`,
				fix: 'Flatten the structure: no note needs that many levels',
			});
			return problems;
		}
		nodes.push(node);
		if (node.type === 'definition' && node.identifier !== undefined)
			definitions.set(node.identifier, node);
		const children = node.children ?? [];
		for (let i = children.length - 1; i >= 0; i--)
			stack.push([children[i] as PolicyNode, depth + 1]);
	}
	for (const node of nodes) {
		const at = startOf(node);
		const push = (p: Omit<PolicyProblem, 'severity' | 'line' | 'column'>) =>
			problems.push({ ...at, severity: 'error', ...p });
		switch (node.type) {
			case 'mdxjsEsm': {
				const isExport = /^\s*export\b/m.test(node.value ?? '');
				push({
					rule: 'mdx-import',
					message: isExport
						? 'Notes may not `export` anything: MDX runs exports as JavaScript while the site is built'
						: 'Notes may not `import` anything: MDX runs imports as JavaScript while the site is built',
					fix: 'Delete the line. To show code, put it in a fenced code block',
				});
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isEmptyExpression(node.value ?? '')) {
					push({
						rule: 'mdx-expression',
						message: `\`{${short(node.value ?? '')}}\` is a JavaScript expression, which MDX runs while the site is built`,
						fix: 'To show braces, put the text in inline code (`` `{{.Names}}` ``) or write `\\{`; a note to editors is written `{/* like this */}`',
					});
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, push);
				break;
			case 'link':
			case 'definition': {
				const problem = checkLinkUrl(node.url ?? '');
				if (problem) push(problem);
				break;
			}
			case 'linkReference':
			case 'imageReference': {
				const definition = definitions.get(node.identifier ?? '');
				if (!definition) {
					push({
						rule: 'link-reference',
						message: `The reference \`[${node.identifier ?? ''}]\` is not defined in this note`,
						fix: `Add a line \`[${node.identifier ?? ''}]: https://…\` below the paragraph, or write the link inline: \`[text](https://…)\``,
					});
				} else if (node.type === 'imageReference') {
					checkImage(definition.url ?? '', context, push);
				}
				break;
			}
			case 'image':
				checkImage(node.url ?? '', context, push);
				break;
			case 'text':
				for (const label of undefinedReferences(
					node.value ?? '',
					definitions,
					lines?.[at.line - 1]
				)) {
					push({
						rule: 'link-reference',
						message: `\`[…][${label}]\` looks like a reference link, but no \`[${label}]: url\` line defines it, so it shows as plain text`,
						fix: `Add \`[${label}]: https://…\` below the paragraph, or write \`\\[\` to show the brackets as text`,
					});
				}
				break;
			default:
				if (!MARKDOWN_NODE_TYPES.has(node.type)) {
					push({
						rule: 'markdown-node',
						message: `This note holds \`${node.type}\` content, which notes may not use`,
						fix: 'Use Markdown (headings, lists, tables, code blocks, links, images)',
					});
				}
		}
	}
	return problems;
}

/** The labels of `[text][label]` and `[label][]` in a text node whose label has no definition. */
function undefinedReferences(
	text: string,
	definitions: ReadonlyMap<string, PolicyNode>,
	line: string | undefined
): string[] {
	if (!text.includes('][')) return [];
	const labels: string[] = [];
	for (const match of text.matchAll(/\[([^[\]\n]{1,200})\]\[([^[\]\n]{0,200})\]/g)) {
		const label = (match[2] || match[1] || '').trim();
		const id = label.toLowerCase().replace(/\s+/g, ' ');
		// Escaped brackets (`\\[a\\]\\[b\\]`) are text on purpose, and do not appear as written.
		if (!definitions.has(id) && (line === undefined || line.includes(match[0]))) labels.push(label);
	}
	return labels;
}

/** Check a Markdown image's source, and an SVG file's content. */
function checkImage(
	url: string,
	context: PolicyContext,
	push: (p: Omit<PolicyProblem, 'severity' | 'line' | 'column'>) => void
): void {
	if (url.trim() === '') return;
	const source = checkImageSource(url, context.file, context.contentDir);
	if (source.kind === 'problem') {
		push(source.problem);
		return;
	}
	if (source.kind !== 'file') return;
	if (context.fileStatus?.(source.path) === 'refused') {
		push({
			rule: 'image-path',
			message: `The image \`${source.path}\` is a symbolic link (or inside a linked folder): the build would publish whatever it points at`,
			fix: 'Put the image file itself in `content/`, not a link to it',
		});
		return;
	}
	const bytes = context.readFile?.(source.path);
	if (bytes === undefined) return;
	if (!source.svg) {
		if (!looksLike(bytes, source.path)) {
			push({
				rule: 'image-content',
				message: `\`${source.path}\` is not the image its name says: its first bytes are not those of a ${extensionOf(source.path).toUpperCase()} file`,
				fix: 'Export the image again in the format its extension names, or rename it to match its format',
			});
		}
		return;
	}
	const found = checkSvg(new TextDecoder().decode(bytes));
	const first = found[0];
	if (!first) return;
	push({
		rule: 'image-svg',
		message: `The SVG image \`${source.path}\` could run script or load other files: line ${first.line}: ${first.message}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}`,
		fix: 'Export it again as a plain SVG (shapes, text and gradients only: no scripts, event handlers, links or embedded HTML), or use a PNG',
	});
}

/** The 1-based line and column where a node starts. */
function startOf(node: PolicyNode): { line: number; column: number } {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
