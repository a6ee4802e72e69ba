import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'new-note-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(
	'tests/fixtures/content/duplicate-slug/content/notes/running-containers',
	join(dir, 'notes/running-containers'),
	{ recursive: true }
);
const newNote = (...args: string[]) =>
	spawnSync(
		process.execPath,
		[join(process.cwd(), 'scripts/new-note.ts'), ...args, '--notes', join(dir, 'notes')],
		{ cwd: dir, encoding: 'utf8' }
	);

test("npm run new-note scaffolds a note in its section's folder with the next order, and never overwrites", () => {
	const first = newNote('Bind mounts', '--section', 'running containers');
	expect(first.status, first.stderr).toBe(0);
	expect(first.stdout).toContain(
		'notes/running-containers/bind-mounts.mdx (section "Running containers", order 2, served at /notes/bind-mounts/)'
	);
	const text = readFileSync(join(dir, 'notes/running-containers/bind-mounts.mdx'), 'utf8');
	expect(text).toMatch(
		/^---\ntitle: "Bind mounts"\n[\s\S]*section: Running containers\norder: 2\n/
	);

	const again = newNote('Bind mounts', '--section', 'Running containers');
	expect(again.status).toBe(1);
	expect(again.stderr).toContain('the slug "bind-mounts" is taken');
	expect(readFileSync(join(dir, 'notes/running-containers/bind-mounts.mdx'), 'utf8')).toBe(text);

	expect(newNote('Swarm', '--section', 'Basics').stderr).toContain('"Basics" is not a section');
});
