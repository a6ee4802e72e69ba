import { describe, expect, test } from 'vitest';
import { exerciseView, respond } from '../../../../src/lib/workbench/respond.ts';
import type { AnalyseRequest } from '../../../../src/lib/workbench/worker-protocol.ts';

const request = (source: string, more: Partial<AnalyseRequest> = {}): AnalyseRequest => ({
	type: 'analyse',
	seq: 7,
	source,
	kind: 'auto',
	fragment: false,
	ignore: '',
	changes: { files: [], buildArgs: [], baseImage: false },
	exercise: undefined,
	base: '/',
	...more,
});

describe('respond', () => {
	test('draws a diagram only when the file has one, labelled by its text', () => {
		const single = respond(request('FROM alpine:3.22\n'));
		expect(single.diagram).toBeUndefined();
		const multi = respond(request('FROM alpine:3.22 AS a\nFROM a\n'));
		expect(multi.diagram?.svg).toMatch(/^<svg role="img" aria-labelledby="wb-diagram-text" /);
		expect(multi.diagram?.svg).toMatch(/>a<\/text>.*>stage 1 \(final\)<\/text>/);
		expect(multi.seq).toBe(7);
	});
	test('lists the build arguments and manifests for the rebuild choices, and evaluates the exercise', () => {
		const answer = respond(
			request(
				'ARG BASE=24\nFROM node:${BASE}-trixie-slim\nARG VERSION\nCOPY package.json ./\nRUN npm ci\n',
				{ exercise: 'non-root' }
			)
		);
		expect(answer.rebuild?.buildArgs).toEqual(['BASE', 'VERSION']);
		expect(answer.rebuild?.manifests).toEqual(['package.json']);
		expect(answer.exercise?.solved).toBe(false);
	});
	test('a Compose file has no rebuild model', () => {
		expect(respond(request('services:\n  a:\n    image: x:1\n')).rebuild).toBeUndefined();
	});
	test('an exercise view has the files but not the checks', () => {
		expect(Object.keys(exerciseView('non-root')!).sort()).toEqual([
			'goal',
			'id',
			'kind',
			'solution',
			'start',
			'title',
		]);
		expect(exerciseView('nope')).toBeUndefined();
	});
});
