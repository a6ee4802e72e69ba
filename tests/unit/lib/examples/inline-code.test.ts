import { describe, expect, test } from 'vitest';
import { splitInlineCode } from '../../../../src/lib/examples/inline-code';

describe('splitInlineCode', () => {
	test('marks the backticked parts of a message as code', () => {
		expect(splitInlineCode('`COPY . .` comes before `npm ci` (line 4).')).toEqual([
			{ text: 'COPY . .', code: true },
			{ text: ' comes before ', code: false },
			{ text: 'npm ci', code: true },
			{ text: ' (line 4).', code: false },
		]);
	});

	test('keeps a message without backticks, and a lone backtick, as text', () => {
		expect(splitInlineCode('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
		expect(splitInlineCode('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
	});
});
