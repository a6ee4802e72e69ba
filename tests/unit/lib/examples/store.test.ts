import { describe, expect, test } from 'vitest';
import { analyzeExample } from '../../../../src/lib/examples/analyze';
import { createExampleStore } from '../../../../src/lib/examples/store';

const block = { lang: 'dockerfile', meta: '', value: 'FROM alpine:3.22\n' };

describe('createExampleStore', () => {
	test('analyses a block with the base it was made with', () => {
		const store = createExampleStore({ base: '/docs/' });
		expect(store.analyze(block)).toEqual(analyzeExample(block, { base: '/docs/' }));
	});

	test('hands out an analysis kept under an id once', () => {
		const store = createExampleStore();
		const analysis = store.analyze(block);
		store.set('ex-a-1', analysis);
		expect(store.take('ex-a-1')).toBe(analysis);
		expect(store.take('ex-a-1')).toBeUndefined();
	});

	test('takes an analysis made before the build instead of analysing again', () => {
		const earlier = analyzeExample(block);
		const store = createExampleStore({
			known: (b) => (b.value === block.value ? earlier : undefined),
		});
		expect(store.analyze(block)).toBe(earlier);
		expect(store.analyze({ ...block, value: 'FROM debian:13\n' })).not.toBe(earlier);
	});
});
