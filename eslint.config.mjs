// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettierConfig from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'dist/',
		'**/.astro/',
		'bench-results/',
		'test-results/',
		'playwright-report/',
		'.tmp/',
		// Notes are contributed content, checked by `npm run check:content`.
		'content/',
		// Fixtures are exact inputs (line numbers and bytes in them are asserted), as for Prettier.
		'tests/fixtures/',
		// Generated, and tested to match what its generator writes.
		'src/lib/compose/validator.generated.js',
	]),

	// Node by default: configs, scripts, tests, and the build's own code (src/lib, plugins, pages).
	{
		ignores: ['src/scripts/**', 'src/integrations/offline-worker.js'],
		languageOptions: { globals: globals.node },
	},
	// Scripts bundled for the page run in the browser, the workbench's worker in a worker, and the
	// offline service worker in a service worker. (eslint-plugin-astro gives components theirs.)
	{
		files: ['src/scripts/**'],
		ignores: ['src/scripts/*-worker.ts'],
		languageOptions: { globals: globals.browser },
	},
	{ files: ['src/scripts/*-worker.ts'], languageOptions: { globals: globals.worker } },
	{
		files: ['src/integrations/offline-worker.js'],
		languageOptions: { globals: globals.serviceworker },
	},

	eslint.configs.recommended,
	// Not the type-checked set: on 2 cores it made `npm run lint` take a minute instead of 15 s.
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],

	{
		rules: {
			// Naming a property before a rest element is how code copies an object without it.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},

	// Turn off every rule that Prettier's formatting makes redundant; last, so it wins.
	prettierConfig
);
