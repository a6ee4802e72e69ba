import { describe, expect, test } from 'vitest';
import {
	groupBySection,
	neighbours,
	sectionIndexOf,
	slugsBySection,
	sortNotes,
} from '../../../src/lib/learning-path';

const note = (slug: string, section?: string, order?: number) => ({
	slug,
	title: slug.toUpperCase(),
	description: '',
	section,
	order,
});

describe('learning path', () => {
	test('sorts by section order, then order, then title', () => {
		const sorted = sortNotes([
			note('c', 'Reference', 1),
			note('b', 'Foundations', 2),
			note('a', 'Foundations', 1),
			note('z', undefined, 1),
			note('d', 'Building images'),
			note('e', 'Building images', 5),
		]);
		expect(sorted.map((n) => n.slug)).toEqual(['a', 'b', 'e', 'd', 'c', 'z']);
	});

	test('groups notes under their sections and puts unsectioned notes last', () => {
		const groups = groupBySection([
			note('x'),
			note('a', 'Foundations', 1),
			note('r', 'Reference', 1),
		]);
		expect(groups.map((g) => [g.name, g.slug, g.notes.map((n) => n.slug)])).toEqual([
			['Foundations', 'foundations', ['a']],
			['Reference', 'reference', ['r']],
			['More notes', 'more-notes', ['x']],
		]);
	});

	test('finds the previous and next note across sections', () => {
		const notes = [note('b', 'Reference', 1), note('a', 'Foundations', 1)];
		const path = groupBySection(notes);
		expect(neighbours(path, 'a')).toEqual({ prev: undefined, next: notes[0] });
		expect(neighbours(path, 'b')).toEqual({ prev: notes[1], next: undefined });
		expect(neighbours(path, 'missing')).toEqual({ prev: undefined, next: undefined });
	});

	test('sectionIndexOf finds the section that holds a note, and -1 for any other slug', () => {
		const path = groupBySection([
			note('r', 'Reference', 1),
			note('a', 'Foundations', 1),
			note('b', 'Foundations', 2),
		]);
		expect(sectionIndexOf(path, 'b')).toBe(0);
		expect(sectionIndexOf(path, 'r')).toBe(1);
		expect(sectionIndexOf(path, 'missing')).toBe(-1);
		expect(sectionIndexOf(path, undefined)).toBe(-1);
	});

	test('slugsBySection lists the slugs of every section in reading order', () => {
		const sections = groupBySection([
			note('b', 'Foundations', 2),
			note('a', 'Foundations', 1),
			note('c', 'Reference', 1),
		]);
		expect(slugsBySection(sections)).toEqual({ foundations: ['a', 'b'], reference: ['c'] });
	});
});
