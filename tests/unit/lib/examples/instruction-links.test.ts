import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { INSTRUCTIONS } from '../../../../src/lib/dockerfile/instructions';
import {
	getKeywordLinks,
	instructionHref,
	instructionTitle,
} from '../../../../src/lib/examples/instruction-links';

describe('instructionHref', () => {
	test('links a keyword to its section of the Dockerfile note', () => {
		expect(instructionHref('COPY')).toBe('/notes/dockerfile/#copy');
		expect(instructionHref('healthcheck')).toBe('/notes/dockerfile/#healthcheck');
	});

	test('respects the base path of a sub-path deploy', () => {
		expect(instructionHref('FROM', '/docker-notes/')).toBe('/docker-notes/notes/dockerfile/#from');
		expect(instructionHref('FROM', '/docker-notes')).toBe('/docker-notes/notes/dockerfile/#from');
	});

	test('every instruction has a `### KEYWORD` section in the Dockerfile note to land on', () => {
		const note = readFileSync('content/notes/building-images/dockerfile.mdx', 'utf8');
		const headings = new Set([...note.matchAll(/^### (\S+)\s*$/gm)].map((m) => m[1]));
		const missing = Object.keys(INSTRUCTIONS).filter((keyword) => !headings.has(keyword));
		expect(missing).toEqual([]);
	});
});

describe('instructionTitle', () => {
	test('is the instruction summary', () => {
		expect(instructionTitle('FROM')).toBe(INSTRUCTIONS.FROM!.summary);
	});

	test('says when an instruction adds a layer, once', () => {
		expect(instructionTitle('COPY')).toMatch(/ Adds a layer\.$/);
		expect(instructionTitle('RUN')).toBe(INSTRUCTIONS.RUN!.summary);
		expect(instructionTitle('RUN')).not.toMatch(/Adds a layer/);
	});

	test('is empty for a word that is no instruction', () => {
		expect(instructionTitle('RUNN')).toBe('');
	});
});

describe('getKeywordLinks', () => {
	test('finds each keyword with its 1-based line, column, length and link', () => {
		const links = getKeywordLinks('FROM alpine:3.22\n  run echo hi\n');
		expect(links).toEqual([
			expect.objectContaining({
				line: 1,
				column: 0,
				length: 4,
				keyword: 'FROM',
				href: '/notes/dockerfile/#from',
			}),
			expect.objectContaining({
				line: 2,
				column: 2,
				length: 3,
				keyword: 'RUN',
				href: '/notes/dockerfile/#run',
			}),
		]);
	});

	test('does not link a FROM inside a heredoc, nor words on continued lines', () => {
		const source = [
			'FROM alpine:3.22',
			'RUN <<EOF',
			'FROM is just text here',
			'EOF',
			'RUN echo a \\',
			'  COPY is an argument here',
			'COPY . /src',
		].join('\n');
		expect(getKeywordLinks(source).map((l) => `${l.line}:${l.keyword}`)).toEqual([
			'1:FROM',
			'2:RUN',
			'5:RUN',
			'7:COPY',
		]);
	});

	test('leaves a misspelt instruction unlinked', () => {
		expect(getKeywordLinks('FROM alpine:3.22\nRUNN x\n').map((l) => l.keyword)).toEqual(['FROM']);
	});
});
