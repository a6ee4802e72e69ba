import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCompose } from '../../../../src/lib/compose/parse.ts';
import { compileComposeSchema, loadBaseSchema } from '../../../../src/lib/compose/schema.ts';
import { extendComposeSchema } from '../../../../src/lib/compose/schema-extend.ts';
import { getComposeValidator } from '../../../../src/lib/compose/validator.ts';
import {
	COMPOSE_VALIDATOR_FILE,
	composeValidatorCode,
} from '../../../../src/lib/compose/validator-code.ts';
import { exampleKind } from '../../../../src/lib/examples/check-block.ts';
import { EXERCISES } from '../../../../src/lib/workbench/exercises/index.ts';
import { noteCodeBlocks } from '../workbench/note-files.ts';

const errorsOf = (validate: ReturnType<typeof getComposeValidator>, data: unknown) => {
	validate(data);
	return (validate.errors ?? []).map((e) => ({ ...e }));
};

describe('the ahead-of-time Compose validator', () => {
	test('the checked-in file is what the script generates now (run `npm run build:compose-validator`)', () => {
		expect(readFileSync(COMPOSE_VALIDATOR_FILE, 'utf8') === composeValidatorCode()).toBe(true);
	});

	test('it compiles nothing at run time: no eval, no Function constructor', () => {
		const code = readFileSync(COMPOSE_VALIDATOR_FILE, 'utf8');
		expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
	});

	test('it reports the same errors as a validator compiled from the schema now', () => {
		const compiled = compileComposeSchema(extendComposeSchema(loadBaseSchema()));
		const samples: unknown[] = [
			{ services: { web: { image: 'nginx', ports: [{ target: 'x' }], restrat: 'always' } } },
			{ services: { web: { depends_on: { db: { condition: 'sometimes' } } } }, volumes: [] },
			{ servics: {} },
		];
		for (const e of EXERCISES)
			if (e.kind === 'compose') samples.push(parseCompose(e.start).parsed?.data);
		for (const block of noteCodeBlocks()) {
			if (exampleKind(block) !== 'compose') continue;
			const data = parseCompose(block.value).parsed?.data;
			if (data) samples.push(data);
		}
		expect(samples.length).toBeGreaterThan(10);
		let failing = 0;
		for (const data of samples) {
			const expected = errorsOf(compiled, data);
			if (expected.length > 0) failing++;
			expect(errorsOf(getComposeValidator(), data)).toEqual(expected);
		}
		expect(failing).toBeGreaterThanOrEqual(3);
	});
});
