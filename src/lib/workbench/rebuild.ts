import ignore from '@balena/dockerignore';
import { type DockerfileFacts, flag, type StageFact, type StepFact } from './dockerfile-facts.ts';

/** What the reader says changed since the last build. */
export interface RebuildChanges {
	/** Paths in the build context that changed, e.g. `requirements.txt`, `src/app.py`. */
	files: readonly string[];
	/** Build arguments given a different `--build-arg` value. */
	buildArgs: readonly string[];
	/** The base image was updated (a new pull of the same tag, or a new tag). */
	baseImage: boolean;
}

/** What the build cache does with one step. */
export interface RebuildStep {
	line: number;
	/** The stage's name, or its index. */
	stage: string;
	text: string;
	status: 'reused' | 'rerun' | 'skipped';
	/** Why, in one sentence. */
	reason: string;
}

/** File names that list a project's dependencies, for the "a dependency manifest" choice. */
export const MANIFESTS = new Set([
	'package.json',
	'package-lock.json',
	'npm-shrinkwrap.json',
	'yarn.lock',
	'pnpm-lock.yaml',
	'requirements.txt',
	'pyproject.toml',
	'poetry.lock',
	'uv.lock',
	'Pipfile',
	'Pipfile.lock',
	'go.mod',
	'go.sum',
	'Gemfile',
	'Gemfile.lock',
	'composer.json',
	'composer.lock',
	'Cargo.toml',
	'Cargo.lock',
	'pom.xml',
	'build.gradle',
]);

/** Whether a context path is a dependency manifest (by its file name). */
export function isManifest(path: string): boolean {
	return MANIFESTS.has(path.split('/').at(-1) ?? '');
}

/** The manifests a Dockerfile copies by name, e.g. `['package.json', 'package-lock.json']`. */
export function copiedManifests(facts: DockerfileFacts): string[] {
	const found = facts.stages.flatMap((stage) =>
		stage.steps.filter(isContextCopy).flatMap((step) => copySources(step).filter(isManifest))
	);
	return [...new Set(found.map(clean))];
}

const clean = (path: string): string => path.replace(/^\.?\//, '').replace(/\/+$/, '') || '.';

function isContextCopy(step: StepFact): boolean {
	return (step.keyword === 'COPY' || step.keyword === 'ADD') && flag(step, 'from') === undefined;
}

/** The sources of a COPY or ADD: every argument but the destination. */
function copySources(step: StepFact): string[] {
	if (step.execForm) {
		try {
			const list = JSON.parse(step.text.slice(step.text.indexOf('['))) as unknown;
			if (Array.isArray(list)) return list.slice(0, -1).map(String);
		} catch {
			return [];
		}
	}
	return step.args.slice(0, -1);
}

/** Docker's source patterns: `*` and `?` within a path segment, a directory covers what is in it. */
function covers(source: string, path: string): boolean {
	const pattern = clean(source);
	if (pattern === '.') return true;
	if (!/[*?[]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`);
	const regex = pattern
		.replace(/[.+^${}()|\\]/g, '\\$&')
		.replace(/\*/g, '[^/]*')
		.replace(/\?/g, '[^/]');
	return new RegExp(`^${regex}(?:/.*)?$`).test(path);
}

/** The stages the final stage needs: BuildKit builds only those. */
function neededStages(facts: DockerfileFacts): Set<number> {
	const needed = new Set<number>();
	const visit = (index: number | undefined) => {
		const stage = index === undefined ? undefined : facts.stages[index];
		if (!stage || needed.has(index!)) return;
		needed.add(stage.index);
		visit(stage.baseStage);
		for (const used of stage.uses) visit(used);
	};
	visit(facts.stages.length - 1);
	return needed;
}

const label = (stage: StageFact): string => stage.name ?? String(stage.index);
const code = (text: string): string => `\`${text}\``;

/**
 * Which steps the build cache reuses and which run again after `changes`, and why. The model
 * is Docker's: a step is reused while its instruction and inputs are the same as last time
 * (for COPY and ADD, the checksums of the files it copies; for a build argument, its value
 * from the first instruction that uses it on), and once one step of a stage runs again, so
 * does every later step of that stage and of each stage built on it. A file that
 * `.dockerignore` leaves out of the context reaches no step at all.
 */
export function whatRebuilds(
	facts: DockerfileFacts,
	changes: RebuildChanges,
	dockerignore = ''
): RebuildStep[] {
	const ignored = ignore().add(dockerignore);
	const changed = [...new Set(changes.files.map(clean))].filter((p) => p !== '.');
	const inContext = changed.filter((path) => !ignored.ignores(path));
	const leftOut = changed.filter((path) => ignored.ignores(path));
	const args = new Set(changes.buildArgs);
	const globalChanged = facts.globalArgs.flatMap((a) => a.declares).filter((n) => args.has(n));
	const needed = neededStages(facts);
	const rerunStages = new Set<number>();
	const result: RebuildStep[] = [];

	for (const stage of facts.stages) {
		const row = (step: StepFact, status: RebuildStep['status'], reason: string) =>
			result.push({ line: step.line, stage: label(stage), text: step.text, status, reason });
		if (!needed.has(stage.index)) {
			for (const step of [stage.from, ...stage.steps]) {
				row(
					step,
					'skipped',
					`The final stage does not use stage ${code(label(stage))}, so BuildKit does not build it.`
				);
			}
			continue;
		}
		let broken: string | undefined;
		const parent = stage.baseStage;
		const fromArgs = stage.from.variables.filter((v) => globalChanged.includes(v));
		if (parent !== undefined && rerunStages.has(parent)) {
			broken = `It builds on stage ${code(label(facts.stages[parent]!))}, which ran again.`;
		} else if (fromArgs.length > 0) {
			broken = `The build argument ${code(fromArgs[0]!)} changed, and this FROM uses it: the base image is another one.`;
		} else if (
			changes.baseImage &&
			parent === undefined &&
			stage.base.toLowerCase() !== 'scratch'
		) {
			broken =
				'The base image changed, so every step of this stage runs again on top of the new one.';
		}
		if (broken) row(stage.from, 'rerun', broken);
		else row(stage.from, 'reused', 'The same base as last time.');
		// Build arguments this stage declares whose value changed and that no step has used yet.
		const pending = new Set<string>();
		for (const step of stage.steps) {
			if (broken) {
				row(
					step,
					'rerun',
					'An earlier step of this stage ran again, so the cache cannot be used from here on.'
				);
				continue;
			}
			if (step.keyword === 'ARG') {
				for (const name of step.declares) if (args.has(name)) pending.add(name);
				row(
					step,
					'reused',
					'Declaring a build argument costs nothing; its first use is what counts.'
				);
				continue;
			}
			const reason = stepChange(step, { inContext, leftOut, pending, rerunStages, facts });
			if (reason.rerun) {
				broken = reason.text;
				row(step, 'rerun', reason.text);
			} else {
				row(step, 'reused', reason.text);
			}
		}
		if (broken) rerunStages.add(stage.index);
	}
	return result;
}

interface StepInputs {
	inContext: string[];
	leftOut: string[];
	pending: Set<string>;
	rerunStages: Set<number>;
	facts: DockerfileFacts;
}

function stepChange(step: StepFact, inputs: StepInputs): { rerun: boolean; text: string } {
	const usedArg =
		step.variables.find((v) => inputs.pending.has(v)) ??
		// Every RUN sees the stage's build arguments as environment variables.
		(step.keyword === 'RUN' ? [...inputs.pending][0] : undefined);
	if (usedArg) {
		return {
			rerun: true,
			text: `The build argument ${code(usedArg)} changed, and this is the first step to use it.`,
		};
	}
	const from = flag(step, 'from');
	if (from !== undefined) {
		const source = inputs.facts.stages.find(
			(s) => s.name?.toLowerCase() === from.toLowerCase() || String(s.index) === from
		);
		if (source && inputs.rerunStages.has(source.index)) {
			return {
				rerun: true,
				text: `Stage ${code(label(source))} ran again, so the files copied from it may differ.`,
			};
		}
		return {
			rerun: false,
			text: source
				? `Stage ${code(label(source))} did not change.`
				: `The image ${code(from)} is the same as last time.`,
		};
	}
	const mounted = step.flags
		.filter(
			(f) =>
				f.name === 'mount' && /(?:^|,)type=bind\b/.test(f.value) && !/(?:^|,)from=/.test(f.value)
		)
		.map((f) => /(?:^|,)(?:source|src)=([^,]+)/.exec(f.value)?.[1] ?? '.');
	const sources = isContextCopy(step) ? copySources(step) : mounted;
	const hit = inputs.inContext.find((path) => sources.some((s) => covers(s, path)));
	if (hit) {
		return {
			rerun: true,
			text: `${code(hit)} changed, and this step ${isContextCopy(step) ? 'copies' : 'mounts'} it: its checksum no longer matches.`,
		};
	}
	const hidden = inputs.leftOut.find((path) => sources.some((s) => covers(s, path)));
	if (hidden) {
		return {
			rerun: false,
			text: `${code(hidden)} changed, but .dockerignore keeps it out of the build context.`,
		};
	}
	if (sources.length > 0 && isContextCopy(step)) {
		return { rerun: false, text: 'None of the files it copies changed.' };
	}
	return { rerun: false, text: 'The same instruction as last time, with the same inputs.' };
}
