import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { languageLabel } from '../lib/code-language.ts';
import { parseCodeMeta } from '../lib/code-meta.ts';
import { workbenchBlockHref } from '../lib/workbench/block-link.ts';

/**
 * Wrap each highlighted block in a `<figure>` with a top bar (its title, or its language), a copy button
 * (hidden until the copy script enables it, so a page without JavaScript shows none) and,
 * for a `nocheck` block, a "not checked: outdated or wrong on purpose" label.
 */
export function transformerCodeFrame(options: { base?: string } = {}): ShikiTransformer {
	return {
		name: 'dn:code-frame',
		pre(node) {
			// Astro sets `dataLanguage` to the language as written; say the one Shiki resolved.
			// (The hast name, camelCase: `data-language` would be a second attribute.)
			node.properties.dataLanguage = this.options.lang;
		},
		root(root) {
			const meta = parseCodeMeta(this.options.meta?.__raw);
			const pre = root.children.find((c) => c.type === 'element');
			if (!pre) return;
			// Every block has a top bar, its title or else its language, so the copy button
			// (and any other action) sits in the bar and never over the first line of code.
			const head = [
				meta.title
					? {
							type: 'element' as const,
							tagName: 'figcaption',
							properties: { className: ['dn-code-title'] },
							children: [{ type: 'text' as const, value: meta.title }],
						}
					: {
							type: 'element' as const,
							tagName: 'figcaption',
							properties: {
								className: ['dn-code-title', 'dn-code-lang'],
								'data-pagefind-ignore': '',
							},
							children: [{ type: 'text' as const, value: languageLabel(this.options.lang) }],
						},
			];
			if (meta.nocheck) {
				head.push({
					type: 'element' as const,
					tagName: 'p',
					// A label, not the example: keep it out of the search index and its excerpts.
					properties: { className: ['dn-code-wrong'], 'data-pagefind-ignore': '' },
					children: [{ type: 'text' as const, value: 'Not checked: outdated or wrong on purpose' }],
				});
			}
			// The block's actions, at the end of its top bar: Open in workbench (for a Dockerfile or
			// Compose block, its text in the link's fragment) and Copy.
			const actions: ElementContent[] = [];
			const open = workbenchBlockHref(
				{ lang: this.options.lang, meta: this.options.meta?.__raw, value: this.source },
				options.base
			);
			if (open) {
				actions.push({
					type: 'element',
					tagName: 'a',
					properties: { className: ['dn-code-open'], href: open },
					children: [{ type: 'text', value: 'Open in workbench' }],
				});
			}
			actions.push({
				type: 'element',
				tagName: 'button',
				properties: { type: 'button', className: ['dn-copy'], hidden: true },
				children: [{ type: 'text', value: 'Copy' }],
			});
			const button: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['dn-code-actions'], 'data-pagefind-ignore': '' },
				children: actions,
			};
			root.children = [
				{
					type: 'element',
					tagName: 'figure',
					properties: { className: ['dn-code'], dataLanguage: this.options.lang },
					// Newlines between the parts, or Pagefind indexes the title and the first word of
					// the code as one word (`requirements.txtflask`), and that word is never found.
					children: [...head, button, pre].flatMap((part) => [
						{ type: 'text' as const, value: '\n' },
						part,
					]),
				},
			];
		},
	};
}
