import { expect, test } from 'vitest';
import { parseCodeMeta } from '../../../src/lib/code-meta';

test('reads a quoted title and flags', () => {
	expect(parseCodeMeta('title="compose.yaml" {2-4} compose')).toEqual({
		title: 'compose.yaml',
		fragment: false,
		nocheck: false,
		compose: true,
	});
});

test('a flag-like word inside the title is not a flag', () => {
	expect(parseCodeMeta("title='nocheck fragment' ")).toMatchObject({
		title: 'nocheck fragment',
		nocheck: false,
		fragment: false,
	});
});

test('reads an unquoted title and empty meta', () => {
	expect(parseCodeMeta('title=Dockerfile fragment nocheck')).toMatchObject({
		title: 'Dockerfile',
		fragment: true,
		nocheck: true,
	});
	expect(parseCodeMeta(undefined)).toEqual({
		title: undefined,
		fragment: false,
		nocheck: false,
		compose: false,
	});
});
