import { describe, expect, test } from 'vitest';
import {
	checkLinks,
	closestAnchor,
	collectLinks,
	type LinkTargets,
} from '../../../../src/lib/content-check/links';
import { tree } from './helpers';

const targets: LinkTargets = {
	notes: new Map([
		[
			'compose',
			{ anchors: new Set(['services', 'depends_on-and-healthchecks', 'build-1']), draft: false },
		],
		['volumes', { anchors: new Set(['bind-mounts']), draft: false }],
		['future', { anchors: new Set(), draft: true }],
	]),
	pages: new Set(['/', '/notes/', '/sections/foundations/', '/favicon.svg']),
	dynamic: [/^\/tags\/[^/]+\/$/],
	fileExists: (path) => path === 'content/notes/many/images/stack.svg',
};
const source = {
	file: 'content/notes/many/compose.mdx',
	slug: 'compose',
	draft: false,
	anchors: new Set(['services', 'build']),
};
const check = (text: string) => checkLinks(collectLinks(tree(text)), source, targets);
const rules = (text: string) => check(text).map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('links that are fine', () => {
	test('notes, anchors on headings, repeated-heading anchors, other pages and external sites', () => {
		const text = [
			'[a](/notes/volumes/) [b](/notes/compose/#depends_on-and-healthchecks) [c](/notes/compose/#build-1)',
			'[d](#services) [e](/) [f](/notes/) [g](/sections/foundations/) [h](/favicon.svg) [i](/tags/docker/)',
			'[j](https://docs.docker.com/) [k](mailto:a@b.test) [l](//cdn.test/x) [m](/notes/volumes/?x=1#bind-mounts)',
			'![Stack of layers](./images/stack.svg) <a href="/notes/volumes/#bind-mounts">n</a>',
		].join('\n');
		expect(check(text)).toEqual([]);
	});

	test('an anchor written with percent-escapes is decoded first', () => {
		const unicode = { ...source, anchors: new Set(['café']) };
		expect(checkLinks(collectLinks(tree('[x](#caf%C3%A9) [y](#café)')), unicode, targets)).toEqual(
			[]
		);
	});
});

describe('links that are broken', () => {
	test('a note that does not exist, with the closest slug', () => {
		const [d] = check('Text\n\n[v](/notes/volume/)');
		expect(d).toMatchObject({
			line: 3,
			column: 1,
			rule: 'link-note',
			message: 'No note has the slug `volume` (did you mean `volumes`?)',
			fix: 'Link to `/notes/volumes/`',
		});
	});

	test('an anchor that does not exist on the target, with the closest anchor', () => {
		const [d] = check('[x](/notes/compose/#service)');
		expect(d).toMatchObject({
			rule: 'link-anchor',
			message: expect.stringContaining('`#service` (did you mean `#services`?)'),
		});
		expect(rules('[y](#nope) [z](/notes/volumes/#no-such-heading)')).toEqual([
			'1:1 link-anchor',
			'1:12 link-anchor',
		]);
	});

	test('an anchor that differs only in dashes is still matched', () => {
		expect(closestAnchor('copy---link-and---chmod', ['copy-link-and-chmod', 'from'])).toBe(
			'copy-link-and-chmod'
		);
	});

	test('a page that does not exist, a missing trailing slash, a draft and an empty URL', () => {
		expect(rules('[a](/about/) [b](/notes/volumes) [c](/notes/future/) []()')).toEqual([
			'1:1 link-page',
			'1:14 link-trailing-slash',
			'1:34 link-draft',
			'1:54 link-empty',
		]);
	});

	test('a relative link is written from the site root instead, and a link to a .mdx file names its page', () => {
		const found = check('[a](../volumes/) [b](./volumes.mdx)');
		expect(found.map((d) => d.fix)).toEqual([
			'Write it from the site root: `/notes/volumes/`',
			'Write it from the site root: `/notes/volumes/`',
		]);
		expect(found[1]?.message).toContain('source file');
	});

	test('a missing image names the path it looked for, and an image needs alt text', () => {
		expect(check('![Layers](./images/layers.png)')).toEqual([
			expect.objectContaining({
				rule: 'link-file',
				message: expect.stringContaining('looked for `content/notes/many/images/layers.png`'),
			}),
		]);
		expect(rules('![](./images/stack.svg)\n\n<img src="/favicon.svg" />')).toEqual([
			'1:1 image-alt',
			'3:1 image-alt',
		]);
	});
});
