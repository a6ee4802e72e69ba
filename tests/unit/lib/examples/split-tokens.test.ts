import { describe, expect, test } from 'vitest';
import { splitTokensAt } from '../../../../src/lib/examples/split-tokens';

const tokens = [
	{ content: 'ONBUILD RUN', offset: 100, color: 'red' },
	{ content: ' echo hi', offset: 111, color: 'black' },
];

describe('splitTokensAt', () => {
	test('cuts a token at the given columns, keeping its colour and fixing offsets', () => {
		expect(splitTokensAt(tokens, [0, 7])).toEqual([
			{ content: 'ONBUILD', offset: 100, color: 'red' },
			{ content: ' RUN', offset: 107, color: 'red' },
			{ content: ' echo hi', offset: 111, color: 'black' },
		]);
	});

	test('leaves tokens alone when a cut falls on a boundary', () => {
		expect(splitTokensAt(tokens, [0, 11])).toEqual(tokens);
	});

	test('cuts one token several times', () => {
		expect(splitTokensAt(tokens, [12, 9, 12]).map((t) => t.content)).toEqual([
			'ONBUILD R',
			'UN',
			' ',
			'echo hi',
		]);
	});
});
