import { expect, test } from 'vitest';
import { median, percentile } from '../../../../src/lib/bench/stats';

test('the median of odd and even counts, whatever the order', () => {
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(median([])).toBeNaN();
});

test('percentiles interpolate between ranks', () => {
	const values = [10, 20, 30, 40, 50];
	expect(percentile(values, 50)).toBe(30);
	expect(percentile(values, 95)).toBe(48);
	expect(percentile(values, 0)).toBe(10);
	expect(percentile(values, 100)).toBe(50);
});
