import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Set by `npm run build` (scripts/build.ts) on the `astro build` it starts beside the content check. */
export const CHECK_GATE_ENV = 'DN_CHECK_GATE';

/** What scripts/build.ts tells the `astro build` it started, once the content check has ended. */
export interface GateMessage {
	/** The check passed and has written its example analyses. */
	checked: boolean;
}

/** The side of an IPC channel the gate listens on: `process` in a child started with 'ipc'. */
export interface GateChannel {
	once(event: 'message', listener: (message: unknown) => void): unknown;
	once(event: 'disconnect', listener: () => void): unknown;
	disconnect?: () => void;
}

/**
 * Wait for the content check's verdict on `channel`: resolves when it passed, and rejects when
 * it failed or the parent went away without a verdict (a build is never let through unchecked).
 * The channel is closed once the verdict is in, so it cannot keep the build's process alive.
 */
export function waitForCheck(channel: GateChannel): Promise<void> {
	return new Promise((resolve, reject) => {
		let settled = false;
		channel.once('message', (message) => {
			settled = true;
			// Closed on the next turn: Node fails when a channel is closed inside its own message event.
			setImmediate(() => channel.disconnect?.());
			if ((message as GateMessage | undefined)?.checked === true) resolve();
			else reject(new Error('The content check failed: see its report above.'));
		});
		channel.once('disconnect', () => {
			if (!settled) reject(new Error('The content check ended without a verdict.'));
		});
	});
}

/** A module the content check judges first: a note (Markdown or MDX), with or without a query. */
const NOTE_MODULE = /\.mdx?(?:\?|$)/;

/**
 * The Vite side of the gate: Vite bundles the pages, components and scripts while the checker
 * runs, but compiles no note before `verdict` (the checker's analyses are there for the first
 * block rendered) and writes nothing before it either, in a build without a single note too.
 * A failed check fails the transform, so Astro stops before any page is written.
 */
export function checkGatePlugin(verdict: Promise<void>): Plugin {
	return {
		name: 'dn:check-gate',
		enforce: 'pre',
		async transform(_code, id) {
			if (NOTE_MODULE.test(id)) await verdict;
			return null;
		},
		async renderStart() {
			await verdict;
		},
	};
}

/**
 * When `npm run build` runs the content check and `astro build` side by side, Astro loads its
 * config, syncs the content collections and bundles everything but the notes while the checker
 * runs on the other core; it compiles the notes once the checker has passed. A note the checker
 * refuses stops the build before any page is written. A plain `astro build` (or `astro dev`) is
 * not gated.
 */
export function checkGateIntegration(): AstroIntegration {
	return {
		name: 'dn:check-gate',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				if (command !== 'build' || process.env[CHECK_GATE_ENV] !== '1') return;
				if (!process.send)
					throw new Error(`${CHECK_GATE_ENV}=1 needs an IPC channel from scripts/build.ts.`);
				const verdict = waitForCheck(process);
				// Awaited by the plugin's hooks; a rejection with nobody waiting yet is not a crash.
				verdict.catch(() => {});
				logger.info('Notes are compiled once the content check has passed.');
				updateConfig({ vite: { plugins: [checkGatePlugin(verdict)] } });
			},
		},
	};
}
