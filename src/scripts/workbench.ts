import { isSolved, markSolved } from '../lib/progress';
import type { KindChoice } from '../lib/workbench/kind';
import { decodeShare, encodeShare } from '../lib/workbench/share';
import type {
	AnalyseResponse,
	ExerciseView,
	WorkerResponse,
} from '../lib/workbench/worker-protocol';
import { canStore, readProgress, writeProgress } from './progress';

// The workbench page: sends the file to the worker after each pause in typing and draws
// what comes back. The file lives in the URL fragment, so a reload or a shared link restores it.

const $ = <E extends HTMLElement = HTMLElement>(name: string) =>
	document.querySelector<E>(`[data-wb-${name}]`)!;
function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, unknown> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	Object.assign(el, props);
	el.append(...children);
	return el;
}

const STARTER = `# syntax=docker/dockerfile:1
FROM node:24-trixie-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD node server.js
`;
const DEBOUNCE_MS = 150;
const base = import.meta.env.BASE_URL;
const source = $<HTMLTextAreaElement>('source');
const ignore = $<HTMLTextAreaElement>('ignore');
const kind = $<HTMLSelectElement>('kind');
const gutter = $('gutter');
const exerciseId = new URLSearchParams(location.search).get('exercise') ?? undefined;
let exercise: ExerciseView | undefined;
let seq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastFindings = '';
let manifest = 'package.json';
const worker = new Worker(new URL('./workbench-worker.ts', import.meta.url), { type: 'module' });

function changedArgs(): string[] {
	return [...document.querySelectorAll<HTMLInputElement>('[data-wb-arg]:checked')].map(
		(i) => i.value
	);
}
const checked = (name: string) =>
	document.querySelector<HTMLInputElement>(`[data-wb-change="${name}"]`)!.checked;

function analyseNow(): void {
	clearTimeout(timer);
	timer = undefined;
	const files = [
		...(checked('manifest') ? [manifest] : []),
		...(checked('source') ? [$<HTMLInputElement>('source-path').value.trim()] : []),
	].filter(Boolean);
	worker.postMessage({
		type: 'analyse',
		seq: ++seq,
		source: source.value,
		kind: kind.value as KindChoice,
		fragment: shared?.fragment ?? false,
		ignore: ignore.value,
		changes: { files, buildArgs: changedArgs(), baseImage: checked('base') },
		exercise: exercise?.id,
		base,
	});
}

function schedule(): void {
	// Until the answer for this text arrives (tests wait for the attribute to go).
	document.documentElement.dataset.wbBusy = '';
	drawGutter(undefined);
	saveToUrl();
	clearTimeout(timer);
	timer = setTimeout(analyseNow, DEBOUNCE_MS);
}

function saveToUrl(): void {
	const hash = encodeShare({
		text: source.value,
		kind: kind.value as KindChoice,
		ignore: ignore.value,
		...(shared?.fragment ? { fragment: true } : {}),
	});
	history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

let marks = new Map<number, 'error' | 'warning'>();
let layers = new Map<number, boolean>();
function drawGutter(result: AnalyseResponse | undefined): void {
	if (result) {
		marks = new Map();
		for (const d of result.diagnostics)
			if (marks.get(d.line) !== 'error') marks.set(d.line, d.severity);
	}
	const count = source.value.split('\n').length;
	// As in the notes: a filled square where an instruction adds a layer, a hollow one where it
	// only sets metadata (the Explain list says the same in words).
	if (result)
		layers = new Map(
			result.explanations.flatMap((e) => (e.layer === undefined ? [] : [[e.line, e.layer]]))
		);
	gutter.replaceChildren(
		...Array.from({ length: count }, (_, i) => {
			const line = i + 1;
			const mark = marks.get(line);
			const layer = layers.get(line);
			const text = `${mark === 'error' ? '✖' : mark === 'warning' ? '▲' : ' '}${String(line).padStart(3)} ${layer === undefined ? ' ' : layer ? '■' : '□'}\n`;
			return make('span', {
				className: mark ? `wb-mark-${mark}` : layer ? 'wb-mark-layer' : '',
				textContent: text,
			});
		})
	);
	gutter.scrollTop = source.scrollTop;
}

function goToLine(line: number): void {
	const lines = source.value.split('\n');
	const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
	source.focus();
	source.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
}

const lineButton = (line: number) => {
	const button = make('button', {
		type: 'button',
		className: 'wb-line',
		textContent: `line ${line}`,
	});
	button.addEventListener('click', () => goToLine(line));
	return button;
};

function drawFindings(result: AnalyseResponse): void {
	const key = JSON.stringify(result.diagnostics);
	if (key === lastFindings) return;
	lastFindings = key;
	const n = result.diagnostics.length;
	const label = result.kind === 'dockerfile' ? 'Dockerfile' : 'Compose file';
	$('findings-summary').textContent =
		n === 0
			? `No findings: the site's checks accept this ${label}.`
			: `${n} ${n === 1 ? 'finding' : 'findings'} in this ${label}:`;
	$('findings-list').replaceChildren(
		...result.diagnostics.map((d) =>
			make(
				'li',
				{},
				make('span', {
					className: `wb-severity-${d.severity}`,
					textContent: d.severity === 'error' ? 'Error' : 'Warning',
				}),
				' ',
				lineButton(d.line),
				` [${d.rule}] ${d.message}`,
				...(d.fix ? [make('br'), `Fix: ${d.fix}`] : [])
			)
		)
	);
}

function drawExplanations(result: AnalyseResponse): void {
	$('explain-hint').textContent =
		result.kind === 'dockerfile'
			? 'Each instruction, what it does, and whether it adds a layer to the image.'
			: 'Each top-level key, service and service setting, and what it does.';
	$('explain').replaceChildren(
		...result.explanations.map((e) =>
			make(
				'li',
				{},
				lineButton(e.line),
				' ',
				make('a', { href: e.href, textContent: e.subject }),
				`: ${e.text}`,
				...(e.layer === undefined
					? []
					: [
							make('span', {
								className: 'wb-layer',
								textContent: e.layer ? ' (adds a layer)' : ' (metadata only, no layer)',
							}),
						])
			)
		)
	);
}

let drawnSvg = '';
function drawDiagram(result: AnalyseResponse): void {
	const section = $('diagram-section');
	section.hidden = !result.diagram;
	if (!result.diagram) return;
	$('diagram-caption').textContent = result.diagram.caption;
	$('diagram-text').textContent = result.diagram.description;
	// The SVG is drawDiagram's, every label in it escaped by svgToString.
	if (drawnSvg !== result.diagram.svg) {
		drawnSvg = result.diagram.svg;
		$('diagram-svg').innerHTML = drawnSvg;
	}
}

function drawRebuild(result: AnalyseResponse): void {
	const section = $('rebuild-section');
	section.hidden = !result.rebuild;
	if (!result.rebuild) return;
	manifest = result.rebuild.manifests[0] ?? 'package.json';
	$('manifest').textContent = result.rebuild.manifests.join(', ') || manifest;
	const args = $('args');
	const current = new Set(changedArgs());
	const names = result.rebuild.buildArgs;
	if (args.dataset.names !== names.join(' ')) {
		args.dataset.names = names.join(' ');
		args.replaceChildren(
			...names.map((name) => {
				const input = make('input', { type: 'checkbox', value: name, checked: current.has(name) });
				input.dataset.wbArg = '';
				input.addEventListener('change', analyseNow);
				return make('label', {}, input, ` The build argument ${name}`);
			})
		);
	}
	$('rebuild').replaceChildren(
		...result.rebuild.steps.map((step) => {
			const item = make(
				'li',
				{},
				lineButton(step.line),
				' ',
				make('code', { textContent: step.text }),
				' ',
				make('strong', {
					textContent:
						step.status === 'rerun'
							? 'runs again'
							: step.status === 'reused'
								? 'reused'
								: 'skipped',
				}),
				`: ${step.reason}`
			);
			item.dataset.status = step.status;
			return item;
		})
	);
}

function drawExercise(result: AnalyseResponse): void {
	if (!exercise || !result.exercise) return;
	const status = $('exercise-status');
	const unmet = result.exercise.conditions.filter((c) => !c.met).length;
	status.textContent = result.exercise.solved
		? 'Solved: every condition holds.'
		: `Not solved yet: ${unmet} of ${result.exercise.conditions.length} conditions still unmet.`;
	status.toggleAttribute('data-solved', result.exercise.solved);
	$('conditions').replaceChildren(
		...result.exercise.conditions.map((c) => {
			const item = make(
				'li',
				{},
				c.description,
				make('span', { className: 'dn-sr-only', textContent: c.met ? ' (met)' : ' (not met yet)' })
			);
			item.toggleAttribute('data-met', c.met);
			return item;
		})
	);
	if (result.exercise.solved && canStore && !isSolved(readProgress(), exercise.id)) {
		writeProgress(markSolved(readProgress(), exercise.id, new Date()));
		showSolved();
	}
}

function showSolved(): void {
	if (!canStore) return;
	const progress = readProgress();
	for (const mark of document.querySelectorAll<HTMLElement>('[data-wb-solved]')) {
		mark.hidden = !isSolved(progress, mark.dataset.wbSolved ?? '');
	}
}

worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
	const message = event.data;
	if (message.type === 'exercise') {
		exercise = message.exercise;
		if (!exercise) {
			$('findings-summary').textContent =
				`There is no exercise called “${exerciseId}”. Pick one from the list below.`;
			return;
		}
		$('exercise').hidden = false;
		$('exercise-name').textContent = exercise.title;
		$('exercise-goal').textContent = exercise.goal;
		if (!shared) source.value = exercise.start;
		schedule();
		return;
	}
	if (message.seq !== seq) return;
	$('detected').textContent =
		kind.value !== 'auto'
			? ''
			: message.detected
				? `Detected: ${message.kind === 'dockerfile' ? 'a Dockerfile' : 'a Compose file'}.`
				: 'No FROM or services: found; checked as a Dockerfile.';
	drawGutter(message);
	drawFindings(message);
	drawExplanations(message);
	drawDiagram(message);
	drawRebuild(message);
	drawExercise(message);
	document.documentElement.dataset.wbReady = String(message.seq);
	if (timer === undefined) delete document.documentElement.dataset.wbBusy;
});

let shared = decodeShare(location.hash);
source.value = shared?.text ?? STARTER;
kind.value = shared?.kind ?? 'auto';
ignore.value = shared?.ignore ?? '';
$('nojs').hidden = true;
$('tool').hidden = false;
source.addEventListener('input', schedule);
source.addEventListener('scroll', () => (gutter.scrollTop = source.scrollTop));
ignore.addEventListener('input', schedule);
kind.addEventListener('change', schedule);
for (const input of document.querySelectorAll<HTMLInputElement>(
	'[data-wb-change], [data-wb-source-path]'
)) {
	input.addEventListener('input', analyseNow);
}
$('copy').addEventListener('click', async () => {
	saveToUrl();
	try {
		await navigator.clipboard.writeText(location.href);
		$('copied').textContent = 'Link copied.';
	} catch {
		$('copied').textContent = 'Copy the address from the address bar: it holds your file.';
	}
});
$('solution').addEventListener('click', () => {
	if (!exercise) return;
	source.value = exercise.solution;
	schedule();
	source.focus();
});
$('restart').addEventListener('click', () => {
	if (!exercise) return;
	source.value = exercise.start;
	schedule();
	source.focus();
});
// A link to another shared file on this page changes only the fragment: load that file.
addEventListener('hashchange', () => {
	const file = decodeShare(location.hash);
	if (!file || file.text === source.value) return;
	shared = file;
	source.value = file.text;
	kind.value = file.kind ?? 'auto';
	ignore.value = file.ignore ?? '';
	schedule();
});
showSolved();
if (exerciseId) worker.postMessage({ type: 'exercise', id: exerciseId });
else schedule();
