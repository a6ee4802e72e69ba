#!/usr/bin/env node
// How long the example checks and reading aids add to `npm run build`: builds the site
// RUNS times with them and RUNS times without (DN_EXAMPLES=off, which exists only for this),
// alternating so that a busy machine slows both sides alike, and prints the medians of the
// wall-clock time and of the CPU time (user + system, steadier when others share the machine).
// Usage: node scripts/measure-example-cost.mjs [runs=3]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 3);
const times = { on: [], off: [] };
const cpu = { on: [], off: [] };
/** Bytes of each note page's HTML, from the last build of each kind. */
const pages = { on: new Map(), off: new Map() };

function notePageSizes() {
	return new Map(
		readdirSync('dist/notes', { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => [entry.name, statSync(`dist/notes/${entry.name}/index.html`).size])
	);
}

function build(mode) {
	const started = performance.now();
	// GNU time reports the CPU time of npm and everything it starts, on the last line of stderr.
	const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', 'npm', 'run', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, DN_EXAMPLES: mode === 'off' ? 'off' : '', NO_COLOR: '1' },
	});
	if (result.status !== 0)
		throw new Error(`npm run build (${mode}) failed:\n${result.stdout}${result.stderr}`);
	const seconds = (performance.now() - started) / 1000;
	times[mode].push(seconds);
	const [, user = '0', system = '0'] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr) ?? [];
	cpu[mode].push(Number(user) + Number(system));
	pages[mode] = notePageSizes();
	console.log(
		`${mode === 'on' ? 'with   ' : 'without'} checks and aids: ${seconds.toFixed(1)} s, CPU ${cpu[mode].at(-1).toFixed(1)} s`
	);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

for (let i = 0; i < runs; i++) {
	build('off');
	build('on');
}
const on = median(times.on);
const off = median(times.off);
console.log(
	`median with ${on.toFixed(1)} s, without ${off.toFixed(1)} s: the examples add ${(on - off).toFixed(1)} s`
);
const cpuOn = median(cpu.on);
const cpuOff = median(cpu.off);
console.log(
	`median CPU with ${cpuOn.toFixed(1)} s, without ${cpuOff.toFixed(1)} s: the examples add ${(cpuOn - cpuOff).toFixed(1)} s`
);
console.log('\nHTML per note page (bytes): without, with, added');
for (const [slug, size] of [...pages.on].sort((a, b) => b[1] - a[1])) {
	const before = pages.off.get(slug) ?? 0;
	console.log(
		`  ${slug.padEnd(24)} ${String(before).padStart(7)} ${String(size).padStart(7)} ${String(size - before).padStart(7)}`
	);
}
