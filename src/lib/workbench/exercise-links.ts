import { withBase } from '../url.ts';
import { EXERCISES } from './exercises/index.ts';

/** An exercise as a link: for the workbench's list and the notes it belongs to. */
export interface ExerciseLink {
	id: string;
	title: string;
	goal: string;
	href: string;
	/** The note section it practises (`#heading-id` on that note's page). */
	heading: string;
	/** "fix this Dockerfile" or "fix this Compose file". */
	action: string;
}

/** The workbench page's URL, opening the exercise `id` when given. */
export function workbenchHref(base = '/', exercise?: string): string {
	const path = withBase('/workbench/', base);
	return exercise ? `${path}?exercise=${encodeURIComponent(exercise)}` : path;
}

/** Every exercise as a link, in list order; only those of one note when `slug` is given. */
export function exerciseLinks(base = '/', slug?: string): ExerciseLink[] {
	return EXERCISES.filter((e) => slug === undefined || e.note.slug === slug).map((e) => ({
		id: e.id,
		title: e.title,
		goal: e.goal,
		href: workbenchHref(base, e.id),
		heading: e.note.heading,
		action: e.kind === 'dockerfile' ? 'fix this Dockerfile' : 'fix this Compose file',
	}));
}
