import { expect, test } from 'vitest';
import { checkProseDashes } from '../../../../src/lib/content-check/prose-dashes';
import { tree } from './helpers';

const check = (text: string) =>
	checkProseDashes(tree(text), text).map((d) => `${d.line}:${d.column} ${d.message}`);

test('warns about a flag in prose and in a heading, at its column', () => {
	expect(check('## Building with --target\n\nUse -v or\n--mount here.\n')).toEqual([
		'1:18 `--target` is shown as “–target”: the site turns `--` in prose into a dash',
		'4:1 `--mount` is shown as “–mount”: the site turns `--` in prose into a dash',
	]);
});

test('flags in inline code and code blocks, em dashes and spaced dashes are fine', () => {
	expect(
		check(
			'Use `--target` here --- or there -- fine.\n\n```console\n$ docker build --target x .\n```\n'
		)
	).toEqual([]);
});
