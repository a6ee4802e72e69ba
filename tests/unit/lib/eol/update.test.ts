import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	cyclesFromApi,
	type EndOfLifeApiProduct,
	productApiUrl,
	updateTable,
} from '../../../../src/lib/eol/update.ts';
import { TABLE } from './helpers.ts';

const fixture = (name: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../fixtures/eol/endoflife-${name}.json`, import.meta.url), 'utf8')
	) as EndOfLifeApiProduct;

describe('cyclesFromApi', () => {
	test("keeps each release's name, release day and first day without support", () => {
		expect(cyclesFromApi(fixture('python'))).toEqual([
			{ cycle: '3.14', released: '2025-10-07', eol: '2030-10-31' },
			{ cycle: '3.9', released: '2020-10-05', eol: '2025-10-31' },
		]);
	});

	test('turns codenames into the words tags use, a missing end into null, and skips what is not released', () => {
		expect(cyclesFromApi(fixture('debian'))).toEqual([
			{ cycle: '14', codename: 'forky', released: '2027-06-01', eol: null },
			{ cycle: '13', codename: 'trixie', released: '2025-08-09', eol: '2028-08-09' },
			{ cycle: '12', codename: 'bookworm', released: '2023-06-10', eol: '2026-06-10' },
		]);
	});
});

describe('updateTable', () => {
	test('replaces the answered products and keeps the date while others are missing', () => {
		const updated = updateTable(TABLE, { python: fixture('python') }, '2027-01-15');
		expect(updated.products.python?.cycles.map((c) => c.cycle)).toEqual(['3.14', '3.9']);
		expect(updated.products.python?.checked).toContain('2027-01-15');
		expect(updated.products.nodejs).toEqual(TABLE.products.nodejs);
		expect(updated.takenOn).toBe(TABLE.takenOn);
	});

	test('dates the table when every product was answered', () => {
		const answers = Object.fromEntries(
			Object.keys(TABLE.products).map((name) => [
				name,
				fixture(name === 'debian' ? 'debian' : 'python'),
			])
		);
		const updated = updateTable(TABLE, answers, '2027-01-15');
		expect(updated.takenOn).toBe('2027-01-15');
		expect(updated.about).toContain('2027-01-15');
	});

	test('asks the v1 API of each product', () => {
		expect(productApiUrl('alpine-linux')).toBe(
			'https://endoflife.date/api/v1/products/alpine-linux/'
		);
	});
});
