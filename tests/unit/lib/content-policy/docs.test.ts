import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { allowedHtmlMarkdown, HTML_ELEMENTS } from '../../../../src/lib/content-policy';

test('the list of allowed HTML in CONTRIBUTING.md is the one the policy generates', () => {
	const text = readFileSync('CONTRIBUTING.md', 'utf8');
	const block = /<!-- html-allowlist:start -->\n([\s\S]*?)\n<!-- html-allowlist:end -->/.exec(
		text
	)?.[1];
	if (block === undefined) throw new Error('CONTRIBUTING.md has lost its html-allowlist markers');
	expect(block).toBe(allowedHtmlMarkdown());
});

test('the generated list names every allowed element, and not the removed ones', () => {
	const list = allowedHtmlMarkdown();
	for (const element of HTML_ELEMENTS) expect(list).toContain(`| \`<${element}>\``);
	expect(list).not.toContain('`<h1>`');
	expect(list).not.toContain('`<script>`');
	expect(list).not.toContain('`style`');
});
