import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare } from '../../../../src/lib/workbench/share.ts';
import { encodeTextShare } from '../../../../src/lib/workbench/share-text.ts';

describe('share links', () => {
	test('a file survives the round trip through the fragment', () => {
		const file = {
			text: 'FROM alpine:3.22\nRUN echo "ü & #"\n',
			kind: 'dockerfile' as const,
			ignore: '*.md\n',
			fragment: true,
		};
		const hash = encodeShare(file);
		expect(hash).toMatch(/^#code=[\w+$-]+$/);
		expect(decodeShare(hash)).toEqual(file);
	});
	test('auto is the default and is left out', () => {
		expect(decodeShare(encodeShare({ text: 'x', kind: 'auto' }))).toEqual({ text: 'x' });
	});
	test('a damaged or foreign fragment gives nothing', () => {
		expect(decodeShare('#code=not-lz')).toBeUndefined();
		expect(decodeShare('#install')).toBeUndefined();
		expect(decodeShare('')).toBeUndefined();
	});
	test('an unknown kind is dropped, the text kept', () => {
		const hash = encodeShare({ text: 'x' }).replace('#code=', '');
		expect(decodeShare(`#code=${hash}`)?.kind).toBeUndefined();
	});
	test('the uncompressed format of note pages reads back the same', () => {
		const file = { text: 'services:\n  web:\n    image: "a&b#c"\n', kind: 'compose' as const };
		expect(encodeTextShare(file)).toMatch(/^#text=/);
		expect(decodeShare(encodeTextShare(file))).toEqual(file);
		expect(
			decodeShare(encodeTextShare({ text: 'RUN x', kind: 'dockerfile', fragment: true }))
		).toEqual({ text: 'RUN x', kind: 'dockerfile', fragment: true });
		expect(decodeShare('#kind=compose&text=x')).toBeUndefined();
	});
});
