import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../../../src/lib/dockerfile/check.ts';

const examples = new URL('../../../fixtures/examples/', import.meta.url);

/** Every `*.Dockerfile` in one fixture folder, as [file name, text] pairs. */
function readCorpus(folder: string): [string, string][] {
	const dir = new URL(`${folder}/`, examples);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.Dockerfile'))
		.sort()
		.map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]);
}

const valid = readCorpus('dockerfile');
const broken = readCorpus('dockerfile-broken');

describe('valid Dockerfile corpus', () => {
	test('holds at least 20 examples', () => {
		expect(valid.length).toBeGreaterThanOrEqual(20);
	});

	test.each(valid)('%s gives no diagnostics', (_name, source) => {
		expect(checkDockerfile(source)).toEqual([]);
	});
});

describe('broken Dockerfile corpus', () => {
	test.each(broken)('%s reports exactly the rule named in its first line', (_name, source) => {
		const expected = /^# expect: (\w+)/.exec(source)?.[1];
		expect(expected, 'first line must be "# expect: RuleId"').toBeDefined();
		const rules = checkDockerfile(source).map((d) => d.rule);
		expect(rules.length).toBeGreaterThan(0);
		expect(new Set(rules)).toEqual(new Set([expected]));
	});
});
