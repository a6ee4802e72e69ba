import { drawDiagram, svgToString } from '../examples/diagram-svg.ts';
import { analyse } from './analyse.ts';
import { evaluateExercise, findExercise } from './exercises/index.ts';
import { copiedManifests, whatRebuilds } from './rebuild.ts';
import type { AnalyseRequest, AnalyseResponse, ExerciseView } from './worker-protocol.ts';

/** The id of the diagram's text alternative, which its SVG is labelled by. */
export const DIAGRAM_TEXT_ID = 'wb-diagram-text';

/** Answer one analyse request: the analysis, the rebuild model, the exercise and the diagram. */
export function respond(request: AnalyseRequest): AnalyseResponse {
	const analysis = analyse({
		source: request.source,
		kind: request.kind,
		fragment: request.fragment,
		base: request.base,
	});
	const exercise = findExercise(request.exercise);
	const facts = analysis.dockerfile;
	const spec = analysis.diagram;
	return {
		type: 'analysis',
		seq: request.seq,
		kind: analysis.kind,
		detected: analysis.detected,
		diagnostics: analysis.diagnostics,
		explanations: analysis.explanations,
		diagram: spec && {
			kind: spec.kind,
			caption: spec.caption,
			description: spec.description,
			// Laid out afresh on every keystroke: a few tens of microseconds for these graphs.
			svg: svgToString(drawDiagram(spec.graph, { labelledBy: DIAGRAM_TEXT_ID })),
		},
		rebuild: facts && {
			steps: whatRebuilds(facts, request.changes, request.ignore),
			manifests: copiedManifests(facts),
			buildArgs: [
				...new Set(
					[...facts.globalArgs, ...facts.stages.flatMap((s) => s.steps)]
						.filter((s) => s.keyword === 'ARG')
						.flatMap((s) => s.declares)
				),
			],
		},
		exercise: exercise && evaluateExercise(exercise, analysis),
	};
}

/** An exercise as the page needs it (its checks stay in the worker). */
export function exerciseView(id: string): ExerciseView | undefined {
	const exercise = findExercise(id);
	if (!exercise) return undefined;
	const { title, kind, goal, start, solution } = exercise;
	return { id, title, kind, goal, start, solution };
}
