import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages } from './dist-files';

// The rules are in .htmlvalidate.mjs, so `npx html-validate dist` reports the same errors.
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const page of htmlPages()) {
	test(`dist/${page} is valid HTML`, async () => {
		const report = await validator.validateFile(`${DIST}/${page}`);
		const errors = report.results.flatMap((r) =>
			r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`)
		);
		expect(errors, `npx html-validate ${DIST}/${page}`).toEqual([]);
	});
}
