import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkCompose, isComposeFile } from '../../../../src/lib/compose/check.ts';

const examples = fileURLToPath(new URL('../../../fixtures/examples/', import.meta.url));
const read = (folder: string) =>
	readdirSync(examples + folder)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => [file, readFileSync(`${examples}${folder}/${file}`, 'utf8')] as const);

const valid = read('compose');
const broken = read('compose-broken');

describe('corpus of valid Compose files', () => {
	test('has at least 20 examples', () => {
		expect(valid.length).toBeGreaterThanOrEqual(20);
	});

	for (const [file, source] of valid) {
		test(`${file} gives no diagnostics`, () => {
			expect(isComposeFile(source)).toBe(true);
			const diagnostics = checkCompose(source);
			expect(diagnostics, JSON.stringify(diagnostics, null, 2)).toEqual([]);
		});
	}
});

describe('corpus of broken Compose files', () => {
	for (const [file, source] of broken) {
		const expected = /^# expect: (\w+)/.exec(source)?.[1];
		test(`${file} reports ${expected ?? 'the rule named on its first line'}`, () => {
			expect(expected, 'first line must be "# expect: RuleId"').toBeDefined();
			const rules = checkCompose(source).map((d) => d.rule);
			expect(rules.length).toBeGreaterThan(0);
			expect(new Set(rules)).toEqual(new Set([expected]));
		});
	}
});
