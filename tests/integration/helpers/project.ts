import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
/** What a build needs from the project; content/notes comes from the fixture instead. */
const PROJECT_FILES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'scripts',
	'public',
];

/** A throwaway copy of the project whose notes are a fixture's, sharing node_modules. */
export function projectWithNotes(fixture: string) {
	const dir = mkdtempSync(join(tmpdir(), `docker-notes-${fixture}-`));
	for (const file of PROJECT_FILES) {
		if (existsSync(join(ROOT, file)))
			cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	cpSync(join(ROOT, 'tests/fixtures/content', fixture, 'content'), join(dir, 'content'), {
		recursive: true,
	});
	return {
		dir,
		/** Run a command in the copy; `output` is stdout and stderr together. */
		run(command: string, args: string[]) {
			const result = spawnSync(command, args, {
				cwd: dir,
				encoding: 'utf8',
				env: { ...process.env, CI: '1' },
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
