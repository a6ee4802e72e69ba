import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';
import { waitForCheck } from '../../../src/integrations/check-gate';

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
