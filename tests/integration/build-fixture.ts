import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** What building a fixture project printed, and how it exited. */
export interface FixtureBuild {
	/** The exit status: 0 when the build succeeded. */
	status: number | null;
	/** Everything the build printed, stdout then stderr, without colours. */
	output: string;
	/** The fixture's folder, for reading its dist/. */
	root: string;
}

/**
 * Build `tests/fixtures/<name>` with `astro build`, run from inside the fixture the way
 * `npm run build` runs from the project root, so messages name `content/notes/…` files.
 */
export function buildFixture(name: string): FixtureBuild {
	const root = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
	const result = spawnSync(process.execPath, [ASTRO, 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DN_EXAMPLES: '' },
		timeout: 180_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, root };
}
