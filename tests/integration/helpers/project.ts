import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
/** Astro's own command line, run with this Node: what `npx astro` runs, without npx's start-up. */
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What a build needs from the project; content/notes comes from the fixture instead. */
const PROJECT_FILES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'scripts',
	'public',
];

/**
 * Which site a copy builds: `full` is the whole site (every page, search index, sitemap);
 * `notes` is the site's own Markdown pipeline, MDX integration and notes collection with a
 * bare page per note (tests/fixtures/_shared), for tests that judge what the pipeline does to
 * a note. The content policy, the example checks and the heading ids live in that pipeline, so
 * both refuse and build a note alike; `notes` only skips the pages around it.
 */
export type ProjectSite = 'full' | 'notes';

/** The astro.config of a `notes` copy: the shared fixture config, by absolute path. */
function notesConfig(): string {
	const shared = join(ROOT, 'tests/fixtures/_shared');
	return [
		`import { fixtureConfig } from ${JSON.stringify(join(shared, 'astro.config.mjs'))};`,
		`export default { ...fixtureConfig, srcDir: ${JSON.stringify(join(shared, 'src'))} };`,
		'',
	].join('\n');
}

/**
 * A throwaway copy of the project whose notes are a fixture's (or several fixtures' together). It lives under the project's
 * `.tmp/`, so it finds the project's node_modules as any folder inside it does, and keeps its
 * caches (`node_modules/.astro`, the checker's analyses) in a node_modules folder of its own:
 * copies built at the same time never share a cache.
 */
export function projectWithNotes(fixture: string | string[], site: ProjectSite = 'full') {
	const fixtures = [fixture].flat();
	mkdirSync(join(ROOT, '.tmp/projects'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, '.tmp/projects', `${fixtures.join('+')}-`));
	for (const file of PROJECT_FILES) {
		if (existsSync(join(ROOT, file)))
			cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	}
	if (site === 'notes') writeFileSync(join(dir, 'astro.config.mjs'), notesConfig());
	mkdirSync(join(dir, 'node_modules'));
	for (const name of fixtures) {
		cpSync(join(ROOT, 'tests/fixtures/content', name, 'content'), join(dir, 'content'), {
			recursive: true,
			// Two fixtures' notes in one copy must not overwrite each other.
			errorOnExist: true,
			force: false,
		});
	}
	/** Run a command in the copy; `output` is stdout and stderr together. */
	const run = (command: string, args: string[]) =>
		new Promise<{ status: number | null; output: string }>((done, fail) => {
			const child = spawn(command, args, {
				cwd: dir,
				env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			});
			let output = '';
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('error', fail);
			child.on('close', (status) => done({ status, output }));
		});
	return {
		dir,
		run,
		/** `astro build` alone, without the checker that `npm run build` runs first. */
		astroBuild: () => run(process.execPath, [ASTRO, 'build']),
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
