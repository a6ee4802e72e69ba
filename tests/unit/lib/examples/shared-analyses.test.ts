import { describe, expect, test } from 'vitest';
import { analyzeExample } from '../../../../src/lib/examples/analyze';
import {
	analysisContext,
	blockKey,
	decodeAnalyses,
	encodeAnalyses,
} from '../../../../src/lib/examples/shared-analyses';

const block = {
	lang: 'dockerfile',
	meta: 'title="Dockerfile"',
	value: 'FROM golang:1.26 AS b\nRUN go build\nFROM alpine:3.22\nCOPY --from=b /a /a\n',
};

describe('shared analyses', () => {
	test('round-trip through JSON unchanged, layer marks included', () => {
		const analysis = analyzeExample(block);
		const decoded = decodeAnalyses(encodeAnalyses([{ block, analysis }], '/'), '/');
		expect(decoded.get(blockKey(block))).toEqual(analysis);
		expect(decoded.get(blockKey(block))!.layers.get(2)).toEqual({
			kind: 'layer',
			first: true,
			keyword: 'RUN',
		});
	});

	test('a block whose text, meta or language changed has another key', () => {
		const key = blockKey(block);
		expect(blockKey({ ...block })).toBe(key);
		expect(blockKey({ ...block, value: `${block.value}\n` })).not.toBe(key);
		expect(blockKey({ ...block, meta: 'nocheck' })).not.toBe(key);
		expect(blockKey({ ...block, lang: 'docker' })).not.toBe(key);
	});

	test('are ignored when made for another base path, or when the file is not theirs', () => {
		const text = encodeAnalyses([{ block, analysis: analyzeExample(block) }], '/');
		expect(decodeAnalyses(text, '/docs/').size).toBe(0);
		expect(decodeAnalyses('', '/').size).toBe(0);
		expect(decodeAnalyses('{"version":0,"base":"/","analyses":{}}', '/').size).toBe(0);
	});

	test('are ignored on another day or with another end-of-life table, which can change a verdict', () => {
		const analysis = analyzeExample(block);
		const today = new Date('2026-12-01T12:00:00Z');
		const text = encodeAnalyses([{ block, analysis }], '/', analysisContext(today));
		expect(decodeAnalyses(text, '/', analysisContext(today)).size).toBe(1);
		const tomorrow = new Date('2026-12-02T12:00:00Z');
		expect(decodeAnalyses(text, '/', analysisContext(tomorrow)).size).toBe(0);
		expect(decodeAnalyses(text, '/', `1999-01-01/2026-12-01`).size).toBe(0);
	});
});
