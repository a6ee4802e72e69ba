import { describe, expect, test } from 'vitest';
import { buildSidebar } from '../../../src/lib/navigation';
import { groupBySection } from '../../../src/lib/learning-path';

const notes = (section: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		slug: `${section}-${i}`,
		title: `${section} ${i}`,
		description: '',
		section,
		order: i,
	}));

describe('sidebar', () => {
	test('lists every note while the path fits the budget', () => {
		const groups = buildSidebar(
			groupBySection([...notes('Foundations', 3), ...notes('Reference', 2)]),
			'Reference-1'
		);
		expect(groups.every((g) => g.open && !g.truncated)).toBe(true);
		expect(groups.flatMap((g) => g.links).length).toBe(5);
		expect(groups[1]?.links.find((l) => l.current)?.slug).toBe('Reference-1');
	});

	test('opens only the current section once the path is over budget', () => {
		const groups = buildSidebar(
			groupBySection([...notes('Foundations', 40), ...notes('Reference', 40)]),
			'Reference-3',
			60,
			15
		);
		expect(groups[0]).toMatchObject({ open: false, links: [], total: 40 });
		expect(groups[1]).toMatchObject({ open: true, truncated: true, total: 40 });
		expect(groups[1]?.links.length).toBe(15);
		expect(groups[1]?.links.some((l) => l.current && l.slug === 'Reference-3')).toBe(true);
	});

	test('keeps the link count bounded however many notes there are', () => {
		const groups = buildSidebar(groupBySection(notes('Foundations', 1000)), 'Foundations-999');
		const links = groups.flatMap((g) => g.links);
		expect(links.length).toBeLessThanOrEqual(15);
		expect(links.at(-1)).toMatchObject({ slug: 'Foundations-999', current: true });
	});

	test('carries the content hash of each note to its link', () => {
		const withHash = notes('Foundations', 2).map((n, i) => ({ ...n, hash: `abcdef00000${i}` }));
		expect(buildSidebar(groupBySection(withHash), undefined)[0]?.links.map((l) => l.hash)).toEqual([
			'abcdef000000',
			'abcdef000001',
		]);
	});
});
