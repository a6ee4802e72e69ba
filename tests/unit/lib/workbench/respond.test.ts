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
	test('lays out a diagram only when the file has one', async () => {
		const laid: string[] = [];
		const layOut = async (dot: string) => (laid.push(dot), '<svg></svg>');
		const single = await respond(request('FROM alpine:3.22\n'), layOut);
		expect(single.diagram).toBeUndefined();
		expect(laid).toEqual([]);
		const multi = await respond(request('FROM alpine:3.22 AS a\nFROM a\n'), layOut);
		expect(multi.diagram?.svg).toBe('<svg></svg>');
		expect(laid).toHaveLength(1);
		expect(multi.seq).toBe(7);
	});
	test('lists the build arguments and manifests for the rebuild choices, and evaluates the exercise', async () => {
		const answer = await respond(
			request(
				'ARG BASE=24\nFROM node:${BASE}-trixie-slim\nARG VERSION\nCOPY package.json ./\nRUN npm ci\n',
				{ exercise: 'non-root' }
			),
			async () => ''
		);
		expect(answer.rebuild?.buildArgs).toEqual(['BASE', 'VERSION']);
		expect(answer.rebuild?.manifests).toEqual(['package.json']);
		expect(answer.exercise?.solved).toBe(false);
	});
	test('a Compose file has no rebuild model', async () => {
		expect(
			(await respond(request('services:\n  a:\n    image: x:1\n'), async () => '')).rebuild
		).toBeUndefined();
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
