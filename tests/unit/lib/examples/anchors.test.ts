import { describe, expect, test } from 'vitest';
import {
	exampleId,
	lineAnchorId,
	readExampleId,
	withExampleId,
} from '../../../../src/lib/examples/anchors';

describe('line anchors', () => {
	test('name the note, the example and the line', () => {
		expect(lineAnchorId(exampleId('multi-stage-builds', 2), 7)).toBe('ex-multi-stage-builds-2-L7');
	});
});

describe('the example id in a block meta', () => {
	test('is added after the meta the author wrote, and read back', () => {
		const meta = withExampleId('title="Dockerfile" {2-4}', 'ex-dockerfile-3');
		expect(meta).toBe('title="Dockerfile" {2-4} data-example=ex-dockerfile-3');
		expect(readExampleId(meta)).toBe('ex-dockerfile-3');
	});

	test('works on a block without meta', () => {
		expect(withExampleId(null, 'ex-a-1')).toBe('data-example=ex-a-1');
		expect(readExampleId(withExampleId(undefined, 'ex-a-1'))).toBe('ex-a-1');
	});

	test('replaces an id added before, so a second pass does not stack them', () => {
		expect(withExampleId('nocheck data-example=ex-a-1', 'ex-a-2')).toBe(
			'nocheck data-example=ex-a-2'
		);
	});

	test('is absent from an ordinary meta', () => {
		expect(readExampleId('title="compose.yaml"')).toBeUndefined();
		expect(readExampleId(undefined)).toBeUndefined();
	});
});
