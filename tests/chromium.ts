import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep a system Chromium quiet and working on a locked-down CI machine. */
const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * The system Chromiums tried after Playwright's own, in order. For the tests, Chromium's
 * headless shell comes first: it is what Playwright itself runs headless tests in
 * (`npx playwright install chromium` installs it beside the full browser), and on two cores it
 * ran the browser suites in 1.7 min where the full browser's headless mode took 3.1 min.
 * Lighthouse and the benches measure pages as a reader's browser loads them, so they take the
 * full browser, and the shell only on a machine without one (the set-up installs the shell).
 */
const SHELLS = ['/usr/bin/chromium-headless-shell'];
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SYSTEM_CHROMIUMS = { tests: [...SHELLS, ...BROWSERS], full: [...BROWSERS, ...SHELLS] };

type LaunchOptions = { executablePath?: string; args?: string[] };

/**
 * Which Chromium to start, from what the machine has: the path in CHROMIUM_PATH (`fromEnv`);
 * Playwright's own Chromium when it has been installed (`bundled`: its full browser's path,
 * when that exists), which picks its headless shell for headless runs itself; else the first
 * system Chromium that `exists`: for the tests Debian's headless shell before the full
 * browser, for measuring the full browser before the shell.
 */
export function pickChromium(
	use: 'tests' | 'full',
	{
		fromEnv,
		bundled,
		exists,
	}: {
		fromEnv?: string | undefined;
		bundled?: string | undefined;
		exists: (path: string) => boolean;
	}
): LaunchOptions | undefined {
	if (fromEnv) return { executablePath: fromEnv, args: SYSTEM_CHROMIUM_ARGS };
	if (bundled && exists(bundled)) return {};
	const system = SYSTEM_CHROMIUMS[use].find(exists);
	return system ? { executablePath: system, args: SYSTEM_CHROMIUM_ARGS } : undefined;
}

/**
 * How to start Chromium on this machine: for the tests (`'tests'`, the default) or as a
 * reader's browser (`'full'`, for Lighthouse and the benches). See `pickChromium`.
 */
export function chromiumLaunchOptions(use: 'tests' | 'full' = 'tests'): LaunchOptions {
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	const options = pickChromium(use, {
		fromEnv: process.env.CHROMIUM_PATH,
		bundled,
		exists: existsSync,
	});
	if (options) return options;
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, install a system Chromium, or set CHROMIUM_PATH.'
	);
}
