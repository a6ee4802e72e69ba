import { describe, expect, test } from 'vitest';
import { pickChromium } from '../chromium';

const SHELL = '/usr/bin/chromium-headless-shell';
const FULL = '/usr/bin/chromium';
const BUNDLED = '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const has =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('pickChromium', () => {
	test('the tests take Debian’s headless shell before the full browser', () => {
		expect(pickChromium('tests', { exists: has(FULL, SHELL) })?.executablePath).toBe(SHELL);
		expect(pickChromium('tests', { exists: has(FULL) })?.executablePath).toBe(FULL);
	});

	test('Lighthouse and the benches take the full browser, and the headless shell only without one', () => {
		expect(pickChromium('full', { exists: has(SHELL, FULL) })?.executablePath).toBe(FULL);
		expect(pickChromium('full', { exists: has(SHELL) })?.executablePath).toBe(SHELL);
	});

	test('Playwright’s own Chromium, once installed, is left to Playwright', () => {
		expect(pickChromium('tests', { bundled: BUNDLED, exists: has(BUNDLED, SHELL) })).toEqual({});
		// A path Playwright names but has not downloaded does not count.
		expect(pickChromium('tests', { bundled: BUNDLED, exists: has(SHELL) })?.executablePath).toBe(
			SHELL
		);
	});

	test('CHROMIUM_PATH wins, with the flags a system Chromium needs', () => {
		const picked = pickChromium('tests', {
			fromEnv: '/opt/chrome',
			bundled: BUNDLED,
			exists: has(BUNDLED, SHELL),
		});
		expect(picked?.executablePath).toBe('/opt/chrome');
		expect(picked?.args).toContain('--no-sandbox');
	});

	test('nothing found is undefined, for the caller to explain', () => {
		expect(pickChromium('tests', { exists: has() })).toBeUndefined();
	});
});
