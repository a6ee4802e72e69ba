import { expect, test } from 'vitest';
import { markdownTwin, twinBody } from '../../../../src/lib/seo/markdown-twin';

const root = new URL('https://example.org/docker-notes/');

test('makes site-absolute links and reference definitions absolute under the base', () => {
	const body = [
		'See [the Dockerfile](/notes/dockerfile/#copy "COPY") and ![logo](/favicon.svg).',
		'',
		'[ref]: /notes/compose/',
	].join('\n');
	expect(twinBody(body, root)).toBe(
		[
			'See [the Dockerfile](https://example.org/docker-notes/notes/dockerfile/#copy "COPY") and ![logo](https://example.org/docker-notes/favicon.svg).',
			'',
			'[ref]: https://example.org/docker-notes/notes/compose/',
		].join('\n')
	);
});

test('leaves external, relative, protocol-relative and in-page links alone', () => {
	const body =
		'[a](https://docs.docker.com/) [b](#build-cache) [c](//cdn.example.org/x) [d](other/)';
	expect(twinBody(body, root)).toBe(body);
});

test('leaves code blocks and inline code exactly as written', () => {
	const body = [
		'Write `[x](/notes/a/)` to link.',
		'````markdown',
		'[x](/notes/a/)',
		'```',
		'still inside: [y](/notes/b/)',
		'````',
		'[z](/notes/c/)',
	].join('\n');
	const out = twinBody(body, root).split('\n');
	expect(out[0]).toBe('Write `[x](/notes/a/)` to link.');
	expect(out.slice(1, 6)).toEqual(body.split('\n').slice(1, 6));
	expect(out[6]).toBe('[z](https://example.org/docker-notes/notes/c/)');
});

test('warns before a nocheck block, as the page does, and keeps the fence meta', () => {
	const body = ['Text.', '', '```dockerfile title="Dockerfile" nocheck', 'FROM alpine', '```'].join(
		'\n'
	);
	const out = twinBody(body, root);
	expect(out).toContain(
		'*Not checked: this example is outdated or wrong on purpose.*\n\n```dockerfile title="Dockerfile" nocheck'
	);
	expect(twinBody('```dockerfile\nFROM alpine:3.20\n```', root)).not.toContain('Not checked');
});

test('a twin starts with the title, the description and where the note lives', () => {
	const twin = markdownTwin({
		title: 'Multi-stage builds',
		description: 'Build in one stage, ship from another.',
		section: 'Building images',
		tags: ['build', 'dockerfile'],
		lastUpdated: new Date('2026-11-20T12:00:00Z'),
		url: 'https://example.org/docker-notes/notes/multi-stage-builds/',
		root,
		body: '\n## Why\n\nBecause.\n',
	});
	expect(twin).toBe(
		[
			'# Multi-stage builds',
			'',
			'> Build in one stage, ship from another.',
			'',
			'Source: https://example.org/docker-notes/notes/multi-stage-builds/  ',
			'Section: Building images  ',
			'Last updated: 2026-11-20  ',
			'Tags: build, dockerfile',
			'',
			'## Why',
			'',
			'Because.',
			'',
		].join('\n')
	);
});
