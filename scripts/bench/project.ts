// Copies of a site to build with a synthetic corpus, and timed cold builds of them.
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CorpusFile } from '../../src/lib/bench/corpus.ts';

/** A site the bench builds: its source folder and where its notes live inside it. */
export interface Target {
	name: string;
	source: string;
	notesDir: string;
	/** Link the source's packages into the copy instead of copying them (see copyProject). */
	linkModules?: boolean;
}

/** What is never copied: dependencies (linked instead), outputs, caches and history. */
const SKIP = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'.tmp',
	'test-results',
	'playwright-report',
	'bench-results',
]);

/**
 * Copy a project into `dir` without its outputs, and give the copy a node_modules folder
 * whose entries link to the original's packages. The folder itself is real, so Vite's and
 * Astro's caches (node_modules/.vite, node_modules/.astro) stay inside the copy. Starlight's
 * components are compiled from its package, and Astro cannot find their compiled styles when
 * that package lives outside the project (through a link), so a target's packages are copied
 * unless it asks for links; the time of a copy is not part of any build.
 */
export function copyProject(target: Target, dir: string): string {
	const copy = join(dir, target.name);
	rmSync(copy, { recursive: true, force: true });
	cpSync(target.source, copy, {
		recursive: true,
		filter: (src) => src === target.source || !SKIP.has(basename(src)),
	});
	const modules = join(target.source, 'node_modules');
	if (!existsSync(modules))
		throw new Error(`${modules} is missing: run \`npm install\` in ${target.source} first.`);
	mkdirSync(join(copy, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (entry === '.vite' || entry === '.astro') continue;
		if (target.linkModules) symlinkSync(join(modules, entry), join(copy, 'node_modules', entry));
		else
			cpSync(join(modules, entry), join(copy, 'node_modules', entry), {
				recursive: true,
				verbatimSymlinks: true,
			});
	}
	return copy;
}

/** Replace the copy's notes with the corpus. */
export function writeCorpus(copy: string, target: Target, corpus: readonly CorpusFile[]): void {
	const notes = join(copy, target.notesDir);
	rmSync(notes, { recursive: true, force: true });
	for (const file of corpus) {
		const path = join(notes, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}

/** One build: wall time, peak resident memory of its largest process, and its log. */
export interface BuildRun {
	code: number | null;
	wallMs: number;
	peakRssMB: number | undefined;
	cpuS: number | undefined;
	log: string;
}

/**
 * Run `npm run build` from cold (no dist/, and none of the caches Astro, Vite or the site's
 * own checker write), under GNU time when the machine has
 * it, which reports the peak memory of the largest process in the build.
 */
export function runBuild(copy: string, env: NodeJS.ProcessEnv): Promise<BuildRun> {
	for (const p of [
		'dist',
		'.astro',
		'node_modules/.astro',
		'node_modules/.vite',
		'node_modules/.cache',
	])
		rmSync(join(copy, p), { recursive: true, force: true });
	const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
	const [command, ...args] = [...time, 'npm', 'run', 'build'];
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command!, args, {
			cwd: copy,
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (code) => {
			const wallMs = performance.now() - started;
			const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1];
			const user = /User time \(seconds\): ([\d.]+)/.exec(log)?.[1];
			const sys = /System time \(seconds\): ([\d.]+)/.exec(log)?.[1];
			resolve({
				code,
				wallMs,
				peakRssMB: kb ? Number(kb) / 1024 : undefined,
				cpuS: user && sys ? Number(user) + Number(sys) : undefined,
				log,
			});
		});
	});
}
