import type { Diagnostic } from '../diagnostic.ts';
import type { ExampleKind } from '../examples/check-block.ts';
import type { ExerciseResult } from './exercises/index.ts';
import type { Explanation } from './explain.ts';
import type { KindChoice } from './kind.ts';
import type { RebuildChanges, RebuildStep } from './rebuild.ts';

/** What the page asks the workbench worker to analyse. */
export interface AnalyseRequest {
	type: 'analyse';
	/** Increases with every request; the page ignores answers to older ones. */
	seq: number;
	source: string;
	kind: KindChoice;
	fragment: boolean;
	ignore: string;
	changes: RebuildChanges;
	exercise: string | undefined;
	base: string;
}

/** The page asks for an exercise's files and goal. */
export interface ExerciseRequest {
	type: 'exercise';
	id: string;
}

/** An exercise as the page shows it. */
export interface ExerciseView {
	id: string;
	title: string;
	kind: ExampleKind;
	goal: string;
	start: string;
	solution: string;
}

/** The worker's answer to an AnalyseRequest: everything the page draws, as plain data. */
export interface AnalyseResponse {
	type: 'analysis';
	seq: number;
	kind: ExampleKind;
	detected: boolean;
	diagnostics: Diagnostic[];
	explanations: Explanation[];
	/** The laid-out diagram, or undefined when the file deserves none. */
	diagram:
		{ kind: 'stages' | 'services'; caption: string; description: string; svg: string } | undefined;
	/** Dockerfile only. */
	rebuild: { steps: RebuildStep[]; manifests: string[]; buildArgs: string[] } | undefined;
	exercise: ExerciseResult | undefined;
}

/** The worker's answer to an ExerciseRequest (undefined for an unknown id). */
export interface ExerciseResponse {
	type: 'exercise';
	exercise: ExerciseView | undefined;
}

export type WorkerRequest = AnalyseRequest | ExerciseRequest;
export type WorkerResponse = AnalyseResponse | ExerciseResponse;
