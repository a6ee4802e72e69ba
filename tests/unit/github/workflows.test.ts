import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SECTIONS } from '../../../src/lib/content/sections';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => readFileSync(`${WORKFLOWS}/${file}`, 'utf8');

interface Step {
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
}
const ci = parse(text('ci.yml')) as {
	on: Record<string, unknown> & { push?: { branches?: string[] } };
	permissions: unknown;
	jobs: Record<string, { steps: Step[]; permissions?: unknown }>;
};
const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
const runs = steps.map((s) => s.run ?? '').join('\n');

describe.each(files)("%s is safe to run on a stranger's pull request", (file) => {
	const workflow = parse(text(file)) as {
		on: Record<string, unknown>;
		permissions: unknown;
		jobs: Record<string, { permissions?: unknown }>;
	};

	test('it never uses pull_request_target and has a read-only token', () => {
		expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
		expect(workflow.permissions).toEqual({ contents: 'read' });
		// A workflow that pull requests trigger keeps every job read-only. Only the Pages deploy,
		// which runs on main alone, widens one job's token (tests/unit/deploy checks that job).
		if (!Object.keys(workflow.on).includes('pull_request')) return;
		const jobs: unknown[] = Object.values(workflow.jobs).map(
			(job) => job.permissions ?? { contents: 'read' }
		);
		for (const permissions of jobs) expect(permissions).toEqual({ contents: 'read' });
	});

	test('every action is pinned to a full commit SHA, with its version in a comment', () => {
		const uses = text(file)
			.split('\n')
			.filter((line) => /^\s*-?\s*uses:/.test(line));
		expect(uses.length).toBeGreaterThan(0);
		for (const line of uses)
			expect(line).toMatch(/uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\s*$/);
	});

	test('it reads no secrets', () => {
		expect(text(file)).not.toMatch(/secrets\.|secrets\[/);
	});
});

describe('ci.yml', () => {
	test('runs on pull requests and on pushes to main', () => {
		expect(ci.on).toHaveProperty('pull_request');
		expect(ci.on.push?.branches).toEqual(['main']);
	});

	test('checks out the full history without keeping the token', () => {
		const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
		expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
	});

	test('takes Node from .nvmrc', () => {
		expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({
			'node-version-file': '.nvmrc',
		});
	});

	test('installs from the lock file, checks, tests with Chromium and audits', () => {
		const order = [
			'npm ci',
			'scripts/check-content.ts --summary',
			'npx playwright install --with-deps chromium',
			'npm test',
			'npm audit --audit-level=high',
		];
		const positions = order.map((command) => runs.indexOf(command));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(runs).not.toMatch(/npm install\b/);
	});

	test('adds the example-health report to the job summary, even when a check failed', () => {
		const summary = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
		expect(summary?.run).toContain('example-health.md >> "$GITHUB_STEP_SUMMARY"');
		expect(summary?.if).toContain('!cancelled()');
	});
});

test('Dependabot updates npm packages and GitHub Actions', () => {
	const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
		updates: { 'package-ecosystem': string }[];
	};
	expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
		'github-actions',
		'npm',
	]);
});

test("the issue forms parse, and the new-note form offers exactly the learning path's sections", () => {
	const forms = readdirSync('.github/ISSUE_TEMPLATE').filter((f) => f !== 'config.yml');
	expect(forms.sort()).toEqual(['broken-link.yml', 'new-note.yml', 'wrong-fact.yml']);
	for (const form of forms) {
		const parsed = parse(readFileSync(`.github/ISSUE_TEMPLATE/${form}`, 'utf8')) as {
			name: string;
			description: string;
			body: unknown[];
		};
		expect(parsed.name && parsed.description && parsed.body.length > 0, form).toBeTruthy();
	}
	const newNote = parse(readFileSync('.github/ISSUE_TEMPLATE/new-note.yml', 'utf8')) as {
		body: { id?: string; attributes: { options?: string[] } }[];
	};
	expect(newNote.body.find((field) => field.id === 'section')?.attributes.options).toEqual([
		...SECTIONS,
	]);
});
