import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/lib/workbench/analyse.ts';
import {
	EXERCISES,
	evaluateExercise,
	findExercise,
} from '../../../../src/lib/workbench/exercises/index.ts';
import { headingIds } from './note-files.ts';

describe('exercises', () => {
	test('there are at least eight, with unique URL-safe ids', () => {
		expect(EXERCISES.length).toBeGreaterThanOrEqual(8);
		const ids = EXERCISES.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
		expect(findExercise('non-root')?.id).toBe('non-root');
		expect(findExercise('nope')).toBeUndefined();
	});

	test.each(EXERCISES.map((e) => [e.id, e] as const))(
		'%s: the start file is not solved',
		(_, exercise) => {
			const result = evaluateExercise(exercise, analyse({ source: exercise.start }));
			expect(result.solved).toBe(false);
			// At least one of the exercise's own conditions fails, not only "no findings".
			expect(result.conditions.slice(2).some((c) => !c.met)).toBe(true);
		}
	);

	test.each(EXERCISES.map((e) => [e.id, e] as const))(
		'%s: the solution solves it',
		(_, exercise) => {
			const result = evaluateExercise(exercise, analyse({ source: exercise.solution }));
			expect(result.conditions.filter((c) => !c.met)).toEqual([]);
			expect(result.solved).toBe(true);
		}
	);

	test.each(EXERCISES.map((e) => [e.id, e] as const))(
		'%s: links to a heading that exists',
		(_, exercise) => {
			expect(headingIds(exercise.note.slug)).toContain(exercise.note.heading);
		}
	);

	test('a Compose solution pasted into a Dockerfile exercise is not solved', () => {
		const dockerfile = findExercise('non-root')!;
		const compose = findExercise('compose-healthy')!;
		expect(evaluateExercise(dockerfile, analyse({ source: compose.solution })).solved).toBe(false);
	});

	test('the seed exercise starts from the outline’s own Dockerfile', () => {
		expect(findExercise('flask-up-to-date')!.start).toBe(
			'FROM python:3.9\nWORKDIR /app\nCOPY . .\nRUN pip install flask mysqlclient\nCMD ["python", "app.py"]\n'
		);
	});
});
