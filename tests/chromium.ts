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

/** The Chromiums tried after Playwright's own, in order. */
const SYSTEM_CHROMIUMS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * How the tests start Chromium. In order: the path in CHROMIUM_PATH; Playwright's own
 * Chromium when it has been installed (`npx playwright install chromium`); else a system
 * Chromium such as Debian's `/usr/bin/chromium`.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return { executablePath: fromEnv, args: SYSTEM_CHROMIUM_ARGS };
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled)) return {};
	const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
	if (system) return { executablePath: system, args: SYSTEM_CHROMIUM_ARGS };
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, install a system Chromium, or set CHROMIUM_PATH.'
	);
}
