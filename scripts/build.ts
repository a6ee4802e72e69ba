// npm run build [-- astro build options]: the content check and `astro build` side by side.
//
// The checker (scripts/check-content.ts) runs on one core while Astro loads its config, syncs
// the content collections and bundles everything but the notes on the other; Astro compiles no
// note until the checker has passed (src/integrations/check-gate.ts). A failed check stops
// Astro before it writes a page, and the checker's report is printed whole, not interleaved
// with Astro's log.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_GATE_ENV, type GateMessage } from '../src/integrations/check-gate.ts';

// Found as Node finds the package, so a project nested in another finds the outer one's.
const ASTRO = join(
	dirname(fileURLToPath(import.meta.resolve('astro/package.json'))),
	'bin/astro.mjs'
);

const exited = (child: ChildProcess) =>
	new Promise<number>((done) =>
		child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))
	);

const checker = spawn(
	process.execPath,
	[fileURLToPath(new URL('./check-content.ts', import.meta.url))],
	{
		stdio: ['ignore', 'pipe', 'pipe'],
	}
);
const report: { stream: NodeJS.WriteStream; chunk: Buffer }[] = [];
checker.stdout!.on('data', (chunk: Buffer) => report.push({ stream: process.stdout, chunk }));
checker.stderr!.on('data', (chunk: Buffer) => report.push({ stream: process.stderr, chunk }));

const astro = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], {
	stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	env: { ...process.env, [CHECK_GATE_ENV]: '1' },
});
const astroExit = exited(astro);

const checked = (await exited(checker)) === 0;
for (const { stream, chunk } of report) stream.write(chunk);
if (astro.connected) astro.send({ checked } satisfies GateMessage);
if (!checked) astro.kill('SIGTERM');
const astroCode = await astroExit;
process.exitCode = checked ? astroCode : 1;
