import { closest } from '../did-you-mean.ts';
import { NOTE_KEYS, type NoteData } from '../content/note-schema.ts';
import type { FileDiagnostic } from './diagnostic.ts';

/** The parts of a zod issue that the messages below read. */
export interface SchemaIssue {
	code: string;
	path: readonly PropertyKey[];
	message: string;
	keys?: readonly string[];
	values?: readonly unknown[];
	expected?: string;
	origin?: string;
}

/** A correct line for each field, shown in messages as the way to fix it. */
export const FIELD_EXAMPLES: Record<keyof NoteData, string> = {
	title: 'title: "Volumes and bind mounts"',
	description: 'description: "How to keep data when a container is removed."',
	section: 'section: Running containers',
	order: 'order: 3',
	tags: 'tags: [volumes, storage]',
	draft: 'draft: true',
	updated: 'updated: 2026-11-28',
	slug: 'slug: bind-mounts',
};

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: '`true` or `false`',
	array: 'a list',
	date: 'a date',
	object: 'a set of `key: value` fields',
};

/** Describe a YAML value in words: `text ("3")`, `a list`, `empty`. */
function describeValue(value: unknown): string {
	if (value === null || value === undefined) return 'empty';
	if (typeof value === 'string') return `text ("${value}")`;
	if (typeof value === 'number') return `a number (${value})`;
	if (typeof value === 'boolean') return `\`${value}\``;
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	return 'a set of `key: value` fields';
}

/** How to write a field correctly: its example line. */
function example(field: string): string {
	const line = FIELD_EXAMPLES[field as keyof NoteData];
	return line
		? `Write it like this: \`${line}\``
		: 'See the frontmatter reference in CONTRIBUTING.md';
}

/** Turn one zod issue on a note's frontmatter into messages a first-time contributor understands. */
export function frontmatterIssue(
	issue: SchemaIssue,
	raw: Record<string, unknown>,
	lineOf: (path: readonly PropertyKey[]) => number
): FileDiagnostic[] {
	const field = String(issue.path[0] ?? '');
	const base = { line: lineOf(issue.path), severity: 'error' as const };
	const value = raw[field];
	if (issue.code === 'unrecognized_keys') {
		return (issue.keys ?? []).map((key) => {
			const match = closest(key, NOTE_KEYS);
			return {
				line: lineOf([key]),
				severity: 'error' as const,
				rule: 'frontmatter-unknown-key',
				message: `\`${key}\` is not a frontmatter field${match ? ` (did you mean \`${match}\`?)` : ''}`,
				fix: match
					? `Rename it to \`${match}\`: \`${FIELD_EXAMPLES[match as keyof NoteData]}\``
					: `Remove it; a note can use ${NOTE_KEYS.map((k) => `\`${k}\``).join(', ')}`,
			};
		});
	}
	if (!(field in raw)) {
		return [
			{
				...base,
				rule: 'frontmatter-missing',
				message: `The frontmatter has no \`${field}\`, which every note needs`,
				fix: `Add a line between the \`---\` lines: \`${FIELD_EXAMPLES[field as keyof NoteData]}\``,
			},
		];
	}
	const item = issue.path[1];
	const itemWords = typeof item === 'number' ? `item ${item + 1} of \`${field}\`` : `\`${field}\``;
	if (value === null || (issue.code === 'too_small' && issue.origin === 'string')) {
		return [
			{ ...base, rule: 'frontmatter-empty', message: `${itemWords} is empty`, fix: example(field) },
		];
	}
	if (issue.code === 'invalid_type') {
		const expected = TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'another type';
		const actual = typeof item === 'number' && Array.isArray(value) ? value[item] : value;
		const found =
			issue.expected === 'date'
				? `"${String(actual)}", which is not a date`
				: describeValue(actual);
		return [
			{
				...base,
				rule: 'frontmatter-type',
				message: `${itemWords} must be ${expected}, but here it is ${found}`,
				fix: example(field),
			},
		];
	}
	if (issue.code === 'invalid_value') {
		const options = (issue.values ?? []).map(String);
		const match = typeof value === 'string' ? closest(value, options) : undefined;
		return [
			{
				...base,
				rule: 'frontmatter-value',
				message: `\`${field}\` is ${describeValue(value)}, which is not one of the allowed values${match ? ` (did you mean "${match}"?)` : ''}`,
				fix: `Use one of: ${options.join(', ')}`,
			},
		];
	}
	// Format rules (the slug pattern) carry their own plain-words message in the schema.
	return [
		{
			...base,
			rule: 'frontmatter-value',
			message: `\`${field}\` is ${describeValue(value)}: ${issue.message}`,
			fix: example(field),
		},
	];
}
