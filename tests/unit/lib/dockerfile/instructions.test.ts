import { describe, expect, test } from 'vitest';
import {
	INSTRUCTIONS,
	getInstructionPositions,
} from '../../../../src/lib/dockerfile/instructions.ts';
import { dockerfile as df } from './helpers.ts';

describe('INSTRUCTIONS', () => {
	test('covers all 18 instructions with short summaries', () => {
		expect(Object.keys(INSTRUCTIONS).sort()).toEqual(
			[
				'ADD',
				'ARG',
				'CMD',
				'COPY',
				'ENTRYPOINT',
				'ENV',
				'EXPOSE',
				'FROM',
				'HEALTHCHECK',
				'LABEL',
				'MAINTAINER',
				'ONBUILD',
				'RUN',
				'SHELL',
				'STOPSIGNAL',
				'USER',
				'VOLUME',
				'WORKDIR',
			].sort()
		);
		for (const [keyword, { summary }] of Object.entries(INSTRUCTIONS)) {
			expect(summary.length, keyword).toBeLessThanOrEqual(90);
			expect(summary, keyword).toMatch(/^[A-Z].*\.$/);
		}
	});

	test('marks only RUN, COPY and ADD as creating layers', () => {
		const layered = Object.entries(INSTRUCTIONS)
			.filter(([, info]) => info.createsLayer)
			.map(([keyword]) => keyword);
		expect(layered.sort()).toEqual(['ADD', 'COPY', 'RUN']);
	});
});

describe('getInstructionPositions', () => {
	test('gives 0-based keyword positions and the last line of each instruction', () => {
		const source = df(
			'# syntax=docker/dockerfile:1',
			'FROM alpine:3.22',
			'RUN apk add --no-cache \\',
			'    curl',
			'  COPY <<EOF /etc/motd',
			'FROM is text here',
			'EOF',
			'CMD ["sh"]'
		);
		expect(getInstructionPositions(source)).toEqual([
			{ line: 1, column: 0, keyword: 'FROM', createsLayer: false, endLine: 1 },
			{ line: 2, column: 0, keyword: 'RUN', createsLayer: true, endLine: 3 },
			{ line: 4, column: 2, keyword: 'COPY', createsLayer: true, endLine: 6 },
			{ line: 7, column: 0, keyword: 'CMD', createsLayer: false, endLine: 7 },
		]);
	});

	test('does not report keywords inside a RUN heredoc body', () => {
		const keywords = getInstructionPositions(
			df('FROM alpine:3.22', 'RUN <<EOF', 'FROM nothing', 'RUN nothing', 'EOF')
		).map((p) => p.keyword);
		expect(keywords).toEqual(['FROM', 'RUN']);
	});

	test('reports lowercase keywords in capitals and skips misspelt ones', () => {
		const positions = getInstructionPositions(df('from alpine:3.22', 'RUNN x', 'run echo'));
		expect(positions.map((p) => [p.keyword, p.line])).toEqual([
			['FROM', 0],
			['RUN', 2],
		]);
	});
});
