import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	// Tests, not files, are shared out: a file of many tests (a11y.test.ts has 60) no longer
	// keeps one worker busy while the other has finished. Tests that must run in order say so
	// with test.describe.configure({ mode: 'serial' }).
	fullyParallel: true,
	timeout: 60_000,
	retries: process.env.CI ? 1 : 0,
	// Two cores: two workers keep the machine busy without starving the preview server.
	workers: 2,
	reporter: process.env.CI
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/browser' }]],
	// Apart from the deployment tests' folders: `npm run test:e2e` runs both suites at once, and
	// each runner empties its own output folder when it starts.
	outputDir: 'test-results/browser',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Recording a trace of every test (retain-on-failure) took a third of the suite's time
		// on two cores (4.1 min against 2.9 min without): on CI a failed test is run again, with
		// its trace recorded; locally, where nothing is retried, a failure keeps its trace.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		// Every page registers the offline worker, which then downloads the whole site (over a
		// hundred files) into a fresh cache: in every test, as each has a new context. Only
		// offline.test.ts is about the worker, and it opts in with serviceWorkers: 'allow'.
		serviceWorkers: 'block',
		launchOptions: chromiumLaunchOptions(),
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
		},
	],
	// The tests run against the built site (`npm run build` first), served as it is built.
	webServer: {
		command: `node tests/static-server.ts dist ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
