import { expect, test } from 'vitest';
import { resultLimitMessage } from '../../../../src/lib/search/result-limit';

test('says nothing while every result is listed', () => {
	expect(resultLimitMessage(0, 30)).toBeUndefined();
	expect(resultLimitMessage(30, 30)).toBeUndefined();
});

test('past the limit, says how many are shown of how many and how to narrow them', () => {
	expect(resultLimitMessage(31, 30)).toBe(
		'Showing the best 30 of 31 results. Add a word or choose a section to narrow them.'
	);
	expect(resultLimitMessage(1000, 30)).toMatch(/^Showing the best 30 of 1000 results\./);
});
