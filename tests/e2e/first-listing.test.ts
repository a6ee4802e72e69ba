import { expect, test } from './test-utils';

// These notes once opened with an old, deliberately wrong example. A reader who copies the
// first listing of a note must get one the site has checked; the old one may follow, labelled.
const NOTES = ['compose', 'dockerfile', 'multi-stage-builds'];

for (const slug of NOTES) {
	test(`the first listing of /notes/${slug}/ is a checked example, and the outdated one comes later, labelled`, async ({
		page,
	}) => {
		await page.goto(`/notes/${slug}/`);
		const listings = page.locator('main figure.dn-code');
		const first = listings.first();
		await expect(first.locator('.dn-checked')).toBeVisible();
		await expect(first.locator('.dn-code-wrong')).toHaveCount(0);

		// The unchecked (nocheck) listings on the page: the first is not among them, and the one
		// from older tutorials says in its title that it is outdated.
		const states = await listings.evaluateAll((figures) =>
			figures.map((f) => ({
				wrong: f.querySelector('.dn-code-wrong') !== null,
				title: f.querySelector('.dn-code-title')?.textContent ?? '',
			}))
		);
		const outdated = states.findIndex((s) => s.wrong && /outdated/i.test(s.title));
		expect(outdated, 'an outdated listing labelled as such').toBeGreaterThan(0);
		expect(states[0]!.wrong).toBe(false);
	});
}
