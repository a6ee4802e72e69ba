import { exerciseView, respond } from '../lib/workbench/respond';
import type { WorkerRequest, WorkerResponse } from '../lib/workbench/worker-protocol';

// The workbench's analysis, off the main thread: the same checks and diagrams as the build.

// dockerfile-ast checks for a byte-order mark with Node's `Buffer.from(char, 'UTF-8')`, its only
// use of Buffer; the browser has TextEncoder for exactly that.
(globalThis as { Buffer?: unknown }).Buffer ??= {
	from: (text: string) => new TextEncoder().encode(text),
};

const post = (message: WorkerResponse) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if (request.type === 'exercise') post({ type: 'exercise', exercise: exerciseView(request.id) });
	else post(respond(request));
});
