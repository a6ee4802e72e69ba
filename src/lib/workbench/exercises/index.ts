import type { Analysis } from '../analyse.ts';
import { buildSecret } from './build-secret.ts';
import { cacheOrder } from './cache-order.ts';
import { composeHealthy } from './compose-healthy.ts';
import { composeVolume } from './compose-volume.ts';
import { NO_FINDINGS } from './conditions.ts';
import { execFormCmd } from './exec-form-cmd.ts';
import { flaskUpToDate } from './flask-up-to-date.ts';
import { goDistroless } from './go-distroless.ts';
import { nonRoot } from './non-root.ts';
import type { Exercise, ExerciseCheck } from './types.ts';

export type { Exercise, ExerciseCheck } from './types.ts';

/** Every exercise, in the order the workbench lists them. */
export const EXERCISES: readonly Exercise[] = [
	flaskUpToDate,
	cacheOrder,
	goDistroless,
	nonRoot,
	buildSecret,
	execFormCmd,
	composeHealthy,
	composeVolume,
];

/** The exercise with this id, if there is one. */
export function findExercise(id: string | null | undefined): Exercise | undefined {
	return EXERCISES.find((exercise) => exercise.id === id);
}

/** Where a reader's file stands against an exercise's goal. */
export interface ExerciseResult {
	solved: boolean;
	conditions: { description: string; met: boolean }[];
}

/** All conditions of an exercise: no findings, the right kind of file, then its own checks. */
export function exerciseConditions(exercise: Exercise): ExerciseCheck[] {
	const kind: ExerciseCheck = {
		description:
			exercise.kind === 'dockerfile' ? 'The file is a Dockerfile.' : 'The file is a Compose file.',
		test: (a) => a.kind === exercise.kind,
	};
	return [kind, NO_FINDINGS, ...exercise.checks];
}

/** Test every condition of `exercise` on an analysis. */
export function evaluateExercise(exercise: Exercise, analysis: Analysis): ExerciseResult {
	const conditions = exerciseConditions(exercise).map((check) => ({
		description: check.description,
		met: check.test(analysis),
	}));
	return { solved: conditions.every((c) => c.met), conditions };
}
