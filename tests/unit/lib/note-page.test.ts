import { describe, expect, test } from 'vitest';
import { groupBySection } from '../../../src/lib/learning-path';
import { formatNoteDate, notePage, type PageNote } from '../../../src/lib/note-page';
import { SUMMARY_BODY_WEIGHT } from '../../../src/lib/search/note-search-meta';

const note = (slug: string, section: string, order: number, extra: Partial<PageNote> = {}) => ({
	slug,
	title: `Title of ${slug}`,
	description: `About ${slug}`,
	section,
	order,
	hash: `hash-${slug}`,
	minutes: 3,
	lastUpdated: new Date('2026-01-02T00:00:00Z'),
	file: `content/notes/${slug}.mdx`,
	tags: ['images'],
	...extra,
});

const path = groupBySection([
	note('intro', 'Foundations', 1),
	note('layers', 'Foundations', 2),
	note('cheatsheet', 'Reference', 1),
]);
const site = { base: '/docker-notes/', repoUrl: 'https://github.com/o/r', branch: 'main' };
const headings = [
	{ depth: 1, slug: 'title', text: 'Title' },
	{ depth: 2, slug: 'why', text: 'Why' },
	{ depth: 3, slug: 'detail', text: 'Detail' },
	{ depth: 2, slug: 'how', text: 'How' },
];

describe('note page', () => {
	test('finds the neighbours across a section boundary', () => {
		const page = notePage(path[0]!.notes[1]!, path, headings, site);
		expect(page.prev?.slug).toBe('intro');
		expect(page.next?.slug).toBe('cheatsheet');
	});

	test('has no neighbour before the first note nor after the last', () => {
		expect(notePage(path[0]!.notes[0]!, path, [], site).prev).toBeUndefined();
		expect(notePage(path[1]!.notes[0]!, path, [], site).next).toBeUndefined();
	});

	test('nests the h2 and h3 headings into the table of contents and leaves the title out', () => {
		const { toc } = notePage(path[0]!.notes[0]!, path, headings, site);
		expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
			['why', ['detail']],
			['how', []],
		]);
	});

	test('marks the note as current in the sidebar', () => {
		const { sidebar } = notePage(path[0]!.notes[1]!, path, [], site);
		const current = sidebar.flatMap((g) => g.links).filter((l) => l.current);
		expect(current.map((l) => l.slug)).toEqual(['layers']);
	});

	test('links the Markdown twin under the base and the file on the repository branch', () => {
		const page = notePage(path[0]!.notes[0]!, path, [], site);
		expect(page.markdownHref).toBe('/docker-notes/notes/intro.md');
		expect(page.editHref).toBe('https://github.com/o/r/edit/main/content/notes/intro.mdx');
	});

	test('describes the note to link previews with its date, section and tags', () => {
		expect(notePage(path[0]!.notes[0]!, path, [], site).social).toEqual({
			type: 'article',
			modified: new Date('2026-01-02T00:00:00Z'),
			section: 'Foundations',
			tags: ['images'],
		});
	});

	test('weighs a summary note lower in search, and a topic note at the default', () => {
		expect(notePage(path[1]!.notes[0]!, path, [], site).search.bodyWeight).toBe(
			SUMMARY_BODY_WEIGHT
		);
		expect(notePage(path[0]!.notes[0]!, path, [], site).search.bodyWeight).toBeUndefined();
	});
});

test("a note date reads as a long English date, in UTC whatever the build machine's zone", () => {
	expect(formatNoteDate(new Date('2026-01-02T00:00:00Z'))).toBe('January 2, 2026');
	expect(formatNoteDate(new Date('2026-01-02T23:59:59Z'))).toBe('January 2, 2026');
});
