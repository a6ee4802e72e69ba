import { expect, test } from '../e2e/test-utils';

// The workbench under the real nginx configuration and the page's own CSP (no unsafe-eval):
// its worker (under its own header policy, without 'wasm-unsafe-eval'), the ahead-of-time
// Compose validator and the diagrams all run, and nothing is blocked or fetched from elsewhere.
test('the workbench checks a Dockerfile and a Compose file and draws both diagrams under the CSP', async ({
	page,
	context,
}) => {
	const foreign: string[] = [];
	const errors: string[] = [];
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
		);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1')
			foreign.push(request.url());
	});
	for (const id of ['go-distroless', 'compose-healthy']) {
		await page.goto(`/workbench/?exercise=${id}`);
		const panel = page.getByRole('region', { name: /^Exercise:/ });
		await expect(panel.getByRole('status')).toContainText('Not solved yet');
		await panel.getByRole('button', { name: 'Show a solution' }).click();
		await expect(panel.getByRole('status')).toHaveText('Solved: every condition holds.');
		await expect(page.getByRole('region', { name: 'Diagram' }).getByRole('img')).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
	}
	// A Compose schema error proves the standalone validator ran in the worker.
	await page
		.getByRole('textbox', { name: 'File to check' })
		.fill('services:\n  web:\n    image: nginx:1.30-alpine\n    restrat: always\n');
	await expect(page.getByRole('region', { name: 'Findings' })).toContainText('[UnknownKey]');
	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});
