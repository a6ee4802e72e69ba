import { describe, expect, test } from 'vitest';
import { classifyLayerLines, countInstructions } from '../../../../src/lib/examples/layers';

const SOURCE = [
	'# syntax=docker/dockerfile:1', // 1
	'FROM node:24-alpine', // 2
	'WORKDIR /app', // 3
	'', // 4
	'COPY package.json ./', // 5
	'RUN npm ci \\', // 6
	'    --omit=dev', // 7
	'ADD https://example.com/a.tgz /a.tgz', // 8
	'ENV NODE_ENV=production', // 9
	'ONBUILD RUN echo later', // 10
	'CMD ["node", "server.js"]', // 11
].join('\n');

describe('classifyLayerLines', () => {
	const lines = classifyLayerLines(SOURCE);

	test('RUN, COPY and ADD add a layer', () => {
		expect(lines.get(5)).toEqual({ kind: 'layer', first: true, keyword: 'COPY' });
		expect(lines.get(6)).toEqual({ kind: 'layer', first: true, keyword: 'RUN' });
		expect(lines.get(8)).toEqual({ kind: 'layer', first: true, keyword: 'ADD' });
	});

	test('every other instruction only sets metadata, ONBUILD RUN included', () => {
		for (const line of [2, 3, 9, 10, 11])
			expect(lines.get(line)?.kind, `line ${line}`).toBe('metadata');
	});

	test('a continued line belongs to its instruction, without a second mark', () => {
		expect(lines.get(7)).toEqual({ kind: 'layer', first: false, keyword: 'RUN' });
	});

	test('comments, directives and blank lines are not classified', () => {
		expect(lines.has(1)).toBe(false);
		expect(lines.has(4)).toBe(false);
	});

	test('a heredoc body is part of its RUN', () => {
		const heredoc = classifyLayerLines('FROM alpine:3.22\nRUN <<EOF\nFROM nothing\nEOF\n');
		expect([...heredoc].map(([line, l]) => `${line}:${l.kind}:${l.first}`)).toEqual([
			'1:metadata:true',
			'2:layer:true',
			'3:layer:false',
			'4:layer:false',
		]);
	});
});

describe('countInstructions', () => {
	test('counts instructions, not lines', () => {
		expect(countInstructions(classifyLayerLines(SOURCE))).toBe(8);
		expect(countInstructions(classifyLayerLines('RUN a \\\n  b\n'))).toBe(1);
	});
});
