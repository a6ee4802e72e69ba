import { expect, test } from 'vitest';
import { checkCodeBlocks, KNOWN_LANGUAGES } from '../../../../src/lib/content-check/code-fences';
import { tree } from './helpers';

const fence = (lang: string, body: string, meta = '') =>
	`\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${body}\n\`\`\``;

test("knows Shiki's languages, their aliases and the plain-text names", () => {
	for (const lang of [
		'dockerfile',
		'docker',
		'yaml',
		'yml',
		'console',
		'bash',
		'sh',
		'text',
		'plaintext',
		'txt',
		'json',
		'nginx',
	]) {
		expect(KNOWN_LANGUAGES.has(lang), lang).toBe(true);
	}
	expect(KNOWN_LANGUAGES.has('dockerfil')).toBe(false);
});

test('a fence without a language, or with one Shiki does not know, is reported with the closest name', () => {
	const text = [
		'Intro.',
		'',
		fence('', 'plain'),
		'',
		fence('dockerfil', 'FROM alpine:3.22'),
		'',
		fence('Dockerfle', 'FROM alpine:3.22'),
	].join('\n');
	const { diagnostics } = checkCodeBlocks(tree(text));
	expect(diagnostics.filter((d) => d.rule === 'code-language')).toEqual([
		expect.objectContaining({ line: 3, message: expect.stringContaining('no language') }),
		expect.objectContaining({
			line: 7,
			message: expect.stringContaining('(did you mean `dockerfile`?)'),
			fix: 'Write ```dockerfile',
		}),
		expect.objectContaining({
			line: 11,
			message: expect.stringContaining('(did you mean `dockerfile`?)'),
		}),
	]);
});

test('fence languages are case-insensitive, as on GitHub: ```Dockerfile and ```YAML are checked', () => {
	const text = [
		fence('Dockerfile', 'FROM alpine:3.22\nRUNN echo hi'),
		fence('YAML', 'services:\n  web:\n    image: nginx:1.30\n    depends_on: [db]'),
		fence('Console', '$ docker ps'),
	].join('\n\n');
	const { diagnostics, blocks } = checkCodeBlocks(tree(text));
	expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
		['UnknownInstruction', 3],
		['UndefinedService', 10],
	]);
	expect(blocks.map((b) => [b.kind, b.status])).toEqual([
		['dockerfile', 'checked'],
		['compose', 'checked'],
		[undefined, 'shown'],
	]);
});

test("example diagnostics land on the note's own lines, also inside a list", () => {
	const text = [
		'# x',
		'',
		'- Step one:',
		'',
		'  ```dockerfile',
		'  FROM alpine:3.22',
		'  RUNN echo hi',
		'  ```',
		'',
	]
		.join('\n')
		.replace('# x\n\n', '');
	const { diagnostics, blocks } = checkCodeBlocks(tree(text));
	expect(diagnostics).toEqual([
		expect.objectContaining({ rule: 'UnknownInstruction', line: 5, column: 3, severity: 'error' }),
	]);
	expect(blocks).toEqual([
		expect.objectContaining({ line: 3, lang: 'dockerfile', kind: 'dockerfile', status: 'checked' }),
	]);
});

test('every block is listed: checked, skipped with the reason, or shown as written', () => {
	const text = [
		fence('dockerfile', 'RUNN x', 'nocheck'),
		fence('yaml', 'services:\n  web:\n    image: nginx:1.30'),
		fence('console', '$ docker ps'),
	].join('\n\n');
	const { diagnostics, blocks } = checkCodeBlocks(tree(text));
	expect(diagnostics).toEqual([]);
	expect(blocks.map((b) => [b.line, b.status, b.kind, b.reason])).toEqual([
		[1, 'skipped', 'dockerfile', 'marked nocheck (intentionally wrong)'],
		[5, 'checked', 'compose', undefined],
		[11, 'shown', undefined, undefined],
	]);
});
