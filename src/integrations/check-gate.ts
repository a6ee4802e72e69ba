import type { AstroIntegration } from 'astro';

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

/**
 * When `npm run build` runs the content check and `astro build` side by side, Astro loads its
 * config and syncs the content collections while the checker runs on the other core, and renders
 * nothing until the checker has passed: a note the checker refuses stops the build before any
 * page is written, and the analyses the checker leaves are there for the first block rendered.
 * A plain `astro build` (or `astro dev`) is not gated.
 */
export function checkGateIntegration(): AstroIntegration {
	return {
		name: 'dn:check-gate',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				if (process.env[CHECK_GATE_ENV] !== '1') return;
				if (!process.send)
					throw new Error(`${CHECK_GATE_ENV}=1 needs an IPC channel from scripts/build.ts.`);
				logger.info('Waiting for the content check…');
				await waitForCheck(process);
			},
		},
	};
}
