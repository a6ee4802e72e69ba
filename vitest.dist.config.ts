import { defineConfig } from 'vitest/config';

// Checks of the built site that need no browser: run after `npm run build` (`npm run test:dist`).
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		// The Nu Html Checker starts a JVM and reads every page: give a shared machine time.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// The checker's JVM and the page reads wait on I/O: three files at a time on two cores
		// (12 s by default, 9 s with 3).
		maxWorkers: 3,
	},
});
