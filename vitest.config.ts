import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Playwright owns tests/e2e; vitest runs unit and integration tests only.
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
