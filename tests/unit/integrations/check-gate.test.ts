import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';
import { checkGatePlugin, waitForCheck } from '../../../src/integrations/check-gate';

/** An IPC channel's child side, as `process` is in a child started with 'ipc'. */
function channel() {
	const emitter = new EventEmitter() as EventEmitter & { disconnect: () => void };
	emitter.disconnect = vi.fn();
	return emitter;
}

describe('the build waits for the content check', () => {
	test('goes on when the check passed, and closes the channel', async () => {
		const parent = channel();
		const waiting = waitForCheck(parent);
		parent.emit('message', { checked: true });
		await expect(waiting).resolves.toBeUndefined();
		await new Promise((done) => setImmediate(done));
		expect(parent.disconnect).toHaveBeenCalledOnce();
	});

	test('stops when the check failed', async () => {
		const parent = channel();
		const waiting = waitForCheck(parent);
		parent.emit('message', { checked: false });
		await expect(waiting).rejects.toThrow('The content check failed');
	});

	test('stops when the parent goes away without a verdict, or says something else', async () => {
		const gone = channel();
		const waiting = waitForCheck(gone);
		gone.emit('disconnect');
		await expect(waiting).rejects.toThrow('without a verdict');
		const odd = channel();
		const oddWaiting = waitForCheck(odd);
		odd.emit('message', 'checked');
		await expect(oddWaiting).rejects.toThrow('The content check failed');
	});
});

describe('the Vite side of the gate', () => {
	/** A verdict that is settled by hand, and whether a promise has settled yet. */
	function deferred() {
		let settle!: { resolve: () => void; reject: (error: Error) => void };
		const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
		promise.catch(() => {});
		return { promise, ...settle };
	}
	const settled = async (promise: Promise<unknown>) => {
		let done = false;
		void promise.then(
			() => (done = true),
			() => (done = true)
		);
		await new Promise((next) => setImmediate(next));
		return done;
	};
	const call = (hook: unknown, ...args: unknown[]) =>
		(hook as (...a: unknown[]) => Promise<unknown>).call({}, ...args);

	test('a note is compiled only once the check has passed; other modules go on at once', async () => {
		const verdict = deferred();
		const plugin = checkGatePlugin(verdict.promise);
		await expect(call(plugin.transform, 'x', '/site/src/pages/index.astro')).resolves.toBeNull();
		const note = call(plugin.transform, 'x', '/site/content/notes/a.mdx?astroPropagatedAssets');
		const plain = call(plugin.transform, 'x', '/site/content/notes/b.md');
		const written = call(plugin.renderStart);
		expect(await settled(note)).toBe(false);
		expect(await settled(plain)).toBe(false);
		expect(await settled(written)).toBe(false);
		verdict.resolve();
		await expect(note).resolves.toBeNull();
		await expect(plain).resolves.toBeNull();
		await expect(written).resolves.toBeUndefined();
	});

	test('a failed check fails the note and stops the build before it writes anything', async () => {
		const verdict = deferred();
		const plugin = checkGatePlugin(verdict.promise);
		const note = call(plugin.transform, 'x', '/site/content/notes/a.mdx');
		const written = call(plugin.renderStart);
		verdict.reject(new Error('The content check failed: see its report above.'));
		await expect(note).rejects.toThrow('The content check failed');
		await expect(written).rejects.toThrow('The content check failed');
	});
});
