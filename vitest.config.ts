import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const UNIT = 'tests/unit';
/** Unit test files that replace a module with vi.mock: each needs a module cache of its own. */
const mocking = readdirSync(UNIT, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.test.ts'))
	.map((file) => `${UNIT}/${file}`)
	.filter((file) => /\bvi\.(?:mock|doMock|unmock)\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
	test: {
		// Playwright owns tests/e2e; vitest runs unit and integration tests only.
		testTimeout: 20_000,
		// Three files at a time on two cores: the integration tests wait on the builds they start,
		// and a third worker fills that wait. Measured on 2 cores: 61 s by default, 38 s with 3.
		maxWorkers: 3,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [`${UNIT}/**/*.test.ts`],
					exclude: mocking,
					// Pure modules, tested on strings: a worker keeps the modules it has loaded from one
					// test file to the next instead of loading them again for each (a file that mocks a
					// module runs in the isolated project below, found by its vi.mock call).
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'isolated',
					include: [...mocking, 'tests/integration/**/*.test.ts'],
				},
			},
		],
	},
});
