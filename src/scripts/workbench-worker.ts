import type { Graphviz } from '@hpcc-js/wasm-graphviz';
import { toInlineSvg } from '../lib/examples/diagram-svg';
import { exerciseView, respond } from '../lib/workbench/respond';
import type { WorkerRequest, WorkerResponse } from '../lib/workbench/worker-protocol';

// The workbench's analysis, off the main thread: the same checks as the build, and Graphviz
// (a WebAssembly module) fetched in its own chunk the first time a file needs a diagram.

// dockerfile-ast checks for a byte-order mark with Node's `Buffer.from(char, 'UTF-8')`, its only
// use of Buffer; the browser has TextEncoder for exactly that.
(globalThis as { Buffer?: unknown }).Buffer ??= {
	from: (text: string) => new TextEncoder().encode(text),
};

let graphviz: Promise<Graphviz> | undefined;

// Most keystrokes leave the graph as it was: lay out again only when the DOT changed.
let last = { dot: '', svg: '' };

async function layOut(dot: string, labelledBy: string): Promise<string> {
	if (dot === last.dot) return last.svg;
	graphviz ??= import('@hpcc-js/wasm-graphviz').then(({ Graphviz }) => Graphviz.load());
	last = { dot, svg: toInlineSvg((await graphviz).dot(dot), { labelledBy }) };
	return last.svg;
}

const post = (message: WorkerResponse) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if (request.type === 'exercise') post({ type: 'exercise', exercise: exerciseView(request.id) });
	else post(await respond(request, layOut));
});
