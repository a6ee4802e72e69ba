import { describe, expect, test } from 'vitest';
import { createCheckCache } from '../../../../src/lib/examples/check-cache';

const block = { lang: 'dockerfile', meta: 'title="Dockerfile"', value: 'FROM alpine:3.22\nRUNN x\n' };

describe('createCheckCache', () => {
	test('checks a block like checkCodeBlock does', () => {
		const check = createCheckCache();
		expect(check(block).diagnostics).toContainEqual(expect.objectContaining({ rule: 'UnknownInstruction', line: 2 }));
	});

	test('returns the same report for the block once the check plugin has added its example id', () => {
		const check = createCheckCache();
		const first = check(block);
		expect(check({ ...block, meta: `${block.meta} data-example=ex-demo-1` })).toBe(first);
	});

	test('keeps meta that changes the check apart', () => {
		const check = createCheckCache();
		expect(check({ ...block, meta: 'nocheck' }).checked).toBe(false);
		expect(check(block).checked).toBe(true);
	});

	test('forgets the oldest report past its limit', () => {
		const check = createCheckCache(1);
		const first = check(block);
		check({ ...block, value: 'FROM alpine:3.22\n' });
		expect(check(block)).not.toBe(first);
		expect(check(block)).toEqual(first);
	});
});
