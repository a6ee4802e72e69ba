/** The learning path's sections, in the order a learner should read them. */
export const SECTIONS = [
	'Foundations',
	'Building images',
	'Running containers',
	'Running many containers',
	'Shipping images',
	'Orchestration',
	'Reference',
] as const;

/** One of the learning path's sections. */
export type Section = (typeof SECTIONS)[number];

/** The group that holds notes without a `section`, shown after every named section. */
export const UNSECTIONED = 'More notes';

/** Turn a section name into the URL part of its page: `Building images` → `building-images`. */
export function sectionSlug(section: string): string {
	return section
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
