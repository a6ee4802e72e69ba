import { z } from 'astro/zod';
import { LIMITS } from '../content-policy/allowlist.ts';
import { unsafeCharacter, unsafeCharacterMessage } from '../content-policy/text.ts';
import { SECTIONS } from './sections.ts';

/** A frontmatter string without control characters or text-direction overrides. */
const plainText = () =>
	z
		.string()
		.trim()
		.check((ctx) => {
			if (unsafeCharacter(ctx.value) !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: unsafeCharacterMessage(ctx.value) });
		});

/** Frontmatter of a note; unknown keys are an error, so a typo never goes unnoticed. */
export const noteSchema = z.strictObject({
	/** The note's title, shown as its heading and in the browser tab. */
	title: plainText()
		.min(1, 'The title must not be empty.')
		.max(LIMITS.titleChars, `A title is at most ${LIMITS.titleChars} characters; put the rest in the description.`),
	/** One sentence shown under the title, in the learning path and as the meta description. */
	description: plainText()
		.min(1, 'The description must not be empty.')
		.max(LIMITS.descriptionChars, `A description is at most ${LIMITS.descriptionChars} characters: one or two sentences.`),
	/** The learning-path section the note belongs to. */
	section: z.enum(SECTIONS).optional(),
	/** Position within the section; lower comes first. */
	order: z.number().optional(),
	/** Words a reader may search for; also offered as a search filter. */
	tags: z.array(plainText().min(1)).default([]),
	/** A draft is built by `npm run dev` but left out of the published site. */
	draft: z.boolean().default(false),
	/** Date of the last update, used when git history has none. */
	updated: z.coerce.date().optional(),
	/** The URL part of the note (`/notes/<slug>/`); defaults to the file name. */
	slug: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug uses lowercase letters, digits and single dashes.')
		.optional(),
});

/** A note's frontmatter after parsing, with defaults applied. */
export type NoteData = z.output<typeof noteSchema>;

/** The frontmatter keys a note may use, for messages that suggest the right one. */
export const NOTE_KEYS = Object.keys(noteSchema.shape) as (keyof NoteData)[];
