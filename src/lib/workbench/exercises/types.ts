import type { ExampleKind } from '../../examples/check-block.ts';
import type { Analysis } from '../analyse.ts';

/** One condition of an exercise's goal, tested on the analysis of the reader's file. */
export interface ExerciseCheck {
	/** What must hold, as the page lists it: "The final stage runs as a non-root user." */
	description: string;
	test(analysis: Analysis): boolean;
}

/** A broken or naive file to fix, what "fixed" means, and one accepted answer. */
export interface Exercise {
	/** Used in `/workbench/?exercise=<id>` and in the reader's progress. */
	id: string;
	title: string;
	kind: ExampleKind;
	/** What to do, in one or two sentences. */
	goal: string;
	/** The note section this exercise practises, where the note links to it. */
	note: { slug: string; heading: string };
	start: string;
	solution: string;
	/** Besides "no findings", which every exercise requires. */
	checks: ExerciseCheck[];
}
