// Two deploys of a small site for the progress tests: the fixture project in
// tests/fixtures/progress (the site's own src/ over six notes of its own), with notes added so
// the learning path outgrows the sidebar, built once as it is and once with two notes edited.
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/** The fixture project, and where it is copied to be built: as deep, so its relative paths hold. */
const FIXTURE = 'tests/fixtures/progress';

/** Which of the fixture's configurations to build, and where its copy goes. */
export interface FixtureBuild {
	/** The config file in the fixture: `astro.config.mjs` (no service worker) by default. */
	config?: string;
	/** Where the copy is built; each configuration needs its own, as tests run in parallel. */
	copy?: string;
}

/** A small but complete note for the fixture: frontmatter, a section and "Check yourself". */
export function syntheticNote(slug: string, section: string, order: number): string {
	return [
		'---',
		`title: Extra note ${order}`,
		`description: A note added by the progress tests so the path outgrows the sidebar.`,
		`section: ${section}`,
		`order: ${order}`,
		'---',
		'',
		'## What it says',
		'',
		`This is ${slug}, one of many notes that make the sidebar show only part of the path.`,
		'',
		'## Check yourself',
		'',
		'<details>',
		'<summary>Why does this note exist?</summary>',
		'',
		'To make the learning path longer than the sidebar shows.',
		'',
		'</details>',
		'',
	].join('\n');
}

/** How many of the fixture's own notes are in `section` (the synthetic ones come on top). */
export function fixtureNotesIn(section: string): number {
	const dir = join(FIXTURE, 'content/notes');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.filter((file) =>
			new RegExp(`^section: ${section}$`, 'm').test(readFileSync(join(dir, file), 'utf8'))
		).length;
}

function astroBuild(root: string, config: string) {
	// Built from inside the copy, as `npm run build` runs from the project's root: the content
	// policy reads a note's path from there (src/plugins/satteri-refuse-unsafe-mdx.ts).
	execFileSync(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--config', config],
		{
			cwd: root,
			stdio: 'pipe',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		}
	);
}

/** The two deploys' dist/ folders, from `buildDeploys`. */
export interface Deploys {
	before: string;
	after: string;
}

/**
 * Build the fixture with `added` notes (path under the project → text), then again with each
 * file of `edits` changed, the way a later deploy would be built.
 */
export function buildDeploys(
	added: Record<string, string>,
	edits: Record<string, (text: string) => string>,
	{ config = 'astro.config.mjs', copy: COPY = '.tmp/fixtures/progress' }: FixtureBuild = {}
): Deploys {
	rmSync(COPY, { recursive: true, force: true });
	mkdirSync(COPY, { recursive: true });
	cpSync(FIXTURE, COPY, { recursive: true });
	for (const [file, text] of Object.entries(added)) writeFileSync(join(COPY, file), text);
	astroBuild(COPY, config);
	const before = join(COPY, 'dist-before');
	renameSync(join(COPY, 'dist'), before);
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(COPY, file);
		const text = readFileSync(path, 'utf8');
		const changed = edit(text);
		if (changed === text)
			throw new Error(`The edit of ${file} changed nothing: update the test's edit.`);
		writeFileSync(path, changed);
	}
	astroBuild(COPY, config);
	return { before, after: join(COPY, 'dist') };
}
