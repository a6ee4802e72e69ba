import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const workflow = parse(text);

test('deploys from main (and by hand), never from a pull request', () => {
	expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
	expect(workflow.on.push.branches).toEqual(['main']);
	expect(workflow.jobs.deploy.if).toBe("github.ref == 'refs/heads/main'");
	expect(workflow.jobs.deploy.needs).toBe('build');
});

test('only the deploy job may write to Pages or mint an OIDC token', () => {
	expect(workflow.permissions).toEqual({ contents: 'read' });
	expect(workflow.jobs.build.permissions).toBeUndefined();
	expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	expect(workflow.jobs.deploy.environment.name).toBe('github-pages');
});

test('every action is pinned to a full commit SHA, with its version in a comment', () => {
	const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
	expect(uses.length).toBeGreaterThanOrEqual(5);
	for (const line of uses)
		expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	const actions = uses.map((line) => /uses: ([^@]+)@/.exec(line)![1]);
	expect(actions).toEqual(
		expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages'])
	);
});

test('the build gets the site URL and base path, so the site works under /<repository>/', () => {
	const build = workflow.jobs.build.steps.find(
		(step: { run?: string }) => step.run === 'npm run build'
	);
	expect(Object.keys(build.env).sort()).toEqual(['BASE_PATH', 'SITE_URL']);
	expect(build.env.BASE_PATH).toContain('steps.pages.outputs.base_path');
	const upload = workflow.jobs.build.steps.find((step: { uses?: string }) =>
		step.uses?.startsWith('actions/upload-pages-artifact@')
	);
	expect(upload.with.path).toBe('dist');
});
