// Every built page is valid HTML, by two checkers: html-validate (the project's rules, in
// .htmlvalidate.mjs, so `npx html-validate dist` reports the same) and the Nu Html Checker,
// the W3C's own, which parses as browsers do and caught a script after </html> that
// html-validate did not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, htmlPages, readDist } from '../built-site';
import { nuHtmlErrors, type NuError } from './nu-html-checker';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages();

describe('html-validate', () => {
	test.for(pages)('dist/%s is valid HTML', async (page) => {
		const report = await validator.validateFile(`${DIST}/${page}`);
		const errors = report.results.flatMap((r) =>
			r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`)
		);
		expect(errors, `npx html-validate ${DIST}/${page}`).toEqual([]);
	});

	test('the twin: a style attribute, which the page CSP would block, is an error', async () => {
		const report = await validator.validateString(
			'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>' +
				'<p style="color:var(--dn-code-token-keyword)">t</p></main></body></html>\n',
			`${DIST}/twin.html`
		);
		const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(rules).toEqual(['no-inline-style']);
	});
});

describe('the Nu Html Checker', () => {
	const page = (after: string) =>
		`<!doctype html><html lang="en"><head><title>t</title></head><body><p>t</p></body></html>${after}\n`;
	const STRAY = page('<script type="module">1</script>');
	let controls: string;
	const errors = new Map<string, NuError[]>();

	beforeAll(() => {
		// Two control pages, checked in the same run as the site: one JVM start is most of the cost.
		controls = mkdtempSync(join(tmpdir(), 'dn-vnu-'));
		writeFileSync(join(controls, 'stray.html'), STRAY);
		writeFileSync(join(controls, 'clean.html'), page(''));
		for (const error of nuHtmlErrors([DIST, controls])) {
			const file = relative(resolve(DIST), error.file).startsWith('..')
				? relative(controls, error.file)
				: relative(resolve(DIST), error.file);
			errors.set(file, [...(errors.get(file) ?? []), error]);
		}
	});
	afterAll(() => rmSync(controls, { recursive: true, force: true }));

	test.for(pages)('dist/%s has no errors', (page) => {
		const found = (errors.get(page) ?? []).map((e) => `${e.line}: ${e.message} ${e.extract ?? ''}`);
		expect(
			found,
			`java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only ${DIST}/${page}`
		).toEqual([]);
	});

	test('reports a script after </html>, which html-validate lets through', async () => {
		expect(errors.get('stray.html')?.map((e) => e.message)).toContain('Stray start tag “script”.');
		expect(errors.get('clean.html')).toBeUndefined();
		expect((await validator.validateString(STRAY)).valid).toBe(true);
	});

	test('reports nothing outside the pages it was given', () => {
		const known = new Set([...pages, 'stray.html', 'clean.html']);
		expect([...errors.keys()].filter((file) => !known.has(file))).toEqual([]);
	});
});

// The browser tests run axe in the page itself (tests/e2e/test-utils.ts), which sees into
// same-origin frames only: a page that embedded another site would go partly unchecked.
const FRAME = /<(?:iframe|frame|frameset|object|embed)\b/i;

test('no page embeds a frame or object, so axe in the browser tests sees the whole page', () => {
	expect(pages.filter((page) => FRAME.test(readDist(page)))).toEqual([]);
	// The twin: an embedded page is found; the escaped text of one, as in a code block, is not.
	expect(FRAME.test('<p>x</p><iframe src="https://example.org/"></iframe>')).toBe(true);
	expect(FRAME.test('<code>&lt;iframe src="x"&gt;</code>')).toBe(false);
});
