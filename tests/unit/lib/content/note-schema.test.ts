import { expect, test } from 'vitest';
import { noteSchema } from '../../../../src/lib/content/note-schema';
import { createSlugRegistry, noteSlug } from '../../../../src/lib/content/slug';
import { sectionSlug } from '../../../../src/lib/content/sections';

test('accepts a full note and applies defaults', () => {
	const data = noteSchema.parse({ title: 'T', description: 'D', section: 'Foundations', order: 1, updated: '2026-11-28' });
	expect(data).toMatchObject({ tags: [], draft: false, section: 'Foundations' });
	expect(data.updated?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
});

test('rejects an unknown key by name', () => {
	const result = noteSchema.safeParse({ title: 'T', description: 'D', tag: ['x'] });
	expect(result.success).toBe(false);
	expect(JSON.stringify(result.error?.issues)).toContain('tag');
});

test('rejects an empty title and a section that is not in the path', () => {
	expect(noteSchema.safeParse({ title: ' ', description: 'D' }).success).toBe(false);
	expect(noteSchema.safeParse({ title: 'T', description: 'D', section: 'Basics' }).success).toBe(false);
});

test('the slug defaults to the file name and a taken slug names both files', () => {
	expect(noteSlug('foundations/what-is-docker.mdx', {})).toBe('what-is-docker');
	expect(noteSlug('a/b.mdx', { slug: 'custom' })).toBe('custom');
	const registry = createSlugRegistry();
	registry.claim('a', 'content/notes/x/a.mdx');
	expect(registry.claim('a', 'content/notes/x/a.mdx')).toBe('a');
	expect(() => registry.claim('a', 'content/notes/y/a.mdx')).toThrow(/content\/notes\/x\/a\.mdx and content\/notes\/y\/a\.mdx/);
});

test('section names become URL parts', () => {
	expect(sectionSlug('Running many containers')).toBe('running-many-containers');
});

test('a line break inside a title is refused with words for it; a folded description, which ends in one, passes', () => {
	const issue = noteSchema.safeParse({ title: 'Two\nlines', description: 'D.' }).error?.issues[0];
	expect(issue?.message).toContain('line break');
	expect(noteSchema.safeParse({ title: 'One line', description: 'Folded text.\n' }).success).toBe(true);
});
