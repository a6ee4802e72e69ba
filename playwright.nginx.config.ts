import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { freePort } from './tests/deploy/nginx';

// The deployment tests: the built site served by Debian's nginx with deploy/nginx/, on a free
// port. The runner picks the port once; its workers load this file again and inherit it.
process.env.NGINX_E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.NGINX_E2E_PORT);

export default defineConfig({
	testDir: 'tests/deploy',
	forbidOnly: !!process.env.CI,
	// Tests, not files, are shared out: a file of many tests (a11y.test.ts has 60) no longer
	// keeps one worker busy while the other has finished. Tests that must run in order say so
	// with test.describe.configure({ mode: 'serial' }).
	fullyParallel: true,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/deploy' }]],
	outputDir: 'test-results/deploy',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// As in playwright.config.ts: on CI, a trace of a failed test's second run only.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
	},
	projects: [
		{
			name: 'nginx',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
		},
	],
	webServer: {
		// Needs a build: `npm run build` first, as for the other browser tests.
		command: 'node tests/deploy/serve-nginx.ts',
		url: `http://127.0.0.1:${PORT}/`,
		// Never reuse: a server already on this port is not ours, nor configured like ours.
		reuseExistingServer: false,
		timeout: 30_000,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
	},
});
