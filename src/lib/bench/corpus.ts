import { SECTIONS } from '../content/sections.ts';
import { sectionSlug } from '../content/sections.ts';
import {
	composeExample,
	consoleExample,
	dockerfileExample,
	kubernetesExample,
} from './examples.ts';
import { createRandom, type Random } from './random.ts';

/** One generated note: where it goes under content/notes and its MDX text. */
export interface CorpusFile {
	/** Path relative to content/notes, such as `building-images/0002-build-cache.mdx`. */
	path: string;
	slug: string;
	text: string;
}

const TOPICS: [string, string[]][] = [
	['Images and layers', ['image', 'layer']],
	['Multi-stage builds', ['build', 'multi-stage']],
	['Named volumes', ['volume', 'storage']],
	['Bind mounts', ['volume', 'storage']],
	['Bridge networks', ['network']],
	['Compose services', ['compose']],
	['Compose healthchecks', ['compose', 'healthcheck']],
	['Registry push and pull', ['registry', 'image']],
	['Build cache', ['build', 'cache']],
	['BuildKit secrets', ['build', 'security']],
	['Swarm services', ['swarm']],
	['Kubernetes deployments', ['kubernetes']],
	['Container logging', ['logging']],
	['Resource limits', ['runtime']],
	['Entrypoint and CMD', ['dockerfile']],
	['Rootless containers', ['security']],
	['Restart policies', ['runtime']],
	['Image scanning', ['security', 'image']],
	['Port publishing', ['network']],
	['Distroless images', ['image', 'security']],
];
const VOCAB: Record<string, string[]> = {
	image: ['image', 'layer', 'digest', 'manifest', 'base image', 'tag', 'image index'],
	layer: ['layer', 'union filesystem', 'writable layer', 'snapshot'],
	build: ['build stage', 'BuildKit', 'build context', 'build argument', 'builder'],
	'multi-stage': ['final stage', 'builder stage', 'stage target', 'build artifact'],
	volume: ['volume', 'named volume', 'bind mount', 'tmpfs mount', 'mountpoint'],
	storage: ['storage driver', 'disk usage', 'data directory'],
	network: ['bridge network', 'port mapping', 'DNS name', 'subnet', 'network alias'],
	compose: ['compose file', 'service', 'project name', 'override file', 'profile'],
	healthcheck: ['healthcheck', 'health status', 'probe', 'start period'],
	registry: ['registry', 'repository', 'credential helper', 'registry mirror'],
	cache: ['build cache', 'cache mount', 'cache key', 'layer cache'],
	security: ['secret', 'rootless mode', 'user namespace', 'capability', 'seccomp profile'],
	swarm: ['swarm', 'manager node', 'stack', 'replica', 'routing mesh'],
	kubernetes: ['deployment', 'pod', 'ReplicaSet', 'namespace', 'rollout'],
	logging: ['log driver', 'log rotation', 'stdout stream'],
	runtime: ['cgroup', 'memory limit', 'CPU quota', 'restart policy', 'init process'],
	dockerfile: ['Dockerfile', 'instruction', 'exec form', 'shell form', 'entrypoint'],
};
const GENERAL = [
	'container',
	'daemon',
	'host',
	'engine',
	'process',
	'workload',
	'CI pipeline',
	'laptop',
];
const VERBS = [
	'starts',
	'mounts',
	'exposes',
	'rebuilds',
	'caches',
	'labels',
	'publishes',
	'isolates',
	'restarts',
	'copies',
];
const ADJECTIVES = [
	'immutable',
	'ephemeral',
	'persistent',
	'read-only',
	'slim',
	'reproducible',
	'pinned',
	'default',
];
const OPENERS = [
	'In practice',
	'By default',
	'As a rule of thumb',
	'When debugging',
	'In production',
	'Under the hood',
	'On CI',
];
const COMMANDS = [
	'docker run',
	'docker ps',
	'docker inspect',
	'docker logs',
	'docker build',
	'docker compose up',
];
// Heading words are plain lowercase letters, so their ids are predictable: "Cache mount tips" → "cache-mount-tips".
const HEADING_NOUNS = [
	'basics',
	'pitfalls',
	'in practice',
	'troubleshooting',
	'tips',
	'checklist',
	'examples',
	'trade offs',
];

interface Plan {
	index: number;
	slug: string;
	title: string;
	section: string;
	tags: string[];
	/** Heading texts and their ids, for links that point at another note's section. */
	headings: { text: string; id: string; level: 2 | 3 }[];
}

const idOf = (text: string) => text.toLowerCase().replace(/\s+/g, '-');
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function plan(r: Random, n: number): Plan[] {
	return Array.from({ length: n }, (_, index) => {
		const [topic, tags] = TOPICS[index % TOPICS.length]!;
		const part = Math.floor(index / TOPICS.length) + 1;
		const title = part === 1 ? topic : `${topic}, part ${part}`;
		const slug = `${String(index + 1).padStart(4, '0')}-${idOf(topic.toLowerCase().replace(/[^a-z0-9 ]/g, ''))}`;
		const vocab = tags.flatMap((t) => VOCAB[t] ?? []).filter((w) => /^[a-z ]+$/.test(w));
		const headings: Plan['headings'] = [];
		const used = new Set(['check yourself']);
		const count = r.int(4, 7);
		while (headings.length < count) {
			const text = capitalise(
				`${r.pick(vocab.length ? vocab : ['container'])} ${r.pick(HEADING_NOUNS)}`
			);
			if (used.has(text.toLowerCase())) {
				if (used.size > vocab.length * HEADING_NOUNS.length) break;
				continue;
			}
			used.add(text.toLowerCase());
			const level = headings.length > 0 && r.chance(0.3) ? 3 : 2;
			headings.push({ text, id: idOf(text), level });
		}
		return {
			index,
			slug,
			title,
			section: SECTIONS[index % SECTIONS.length]!,
			tags: [...tags, 'docker'],
			headings,
		};
	});
}

function writer(r: Random, note: Plan) {
	const vocab = note.tags.flatMap((t) => VOCAB[t] ?? []);
	const noun = () => (r.chance(0.7) && vocab.length ? r.pick(vocab) : r.pick(GENERAL));
	const sentence = () => {
		const tail = r.chance(0.5)
			? ` when the ${noun()} ${r.pick(VERBS)} the ${noun()}`
			: ` before you run \`${r.pick(COMMANDS)}\``;
		return `${r.pick(OPENERS)}, the ${r.pick(ADJECTIVES)} ${noun()} ${r.pick(VERBS)} a ${r.pick(ADJECTIVES)} ${noun()}${tail}.`;
	};
	const paragraph = (k = r.int(3, 6)) => Array.from({ length: k }, sentence).join(' ');
	return { noun, sentence, paragraph };
}

function codeBlock(r: Random, note: Plan): string[] {
	const has = (tag: string) => note.tags.includes(tag);
	const kind = r.chance(0.6)
		? has('compose') || has('healthcheck')
			? 'compose'
			: has('kubernetes')
				? 'kubernetes'
				: has('build') || has('dockerfile') || has('image')
					? 'dockerfile'
					: 'console'
		: r.pick(['dockerfile', 'compose', 'console', 'console']);
	if (kind === 'dockerfile')
		return ['```dockerfile title="Dockerfile"', dockerfileExample(r), '```'];
	if (kind === 'compose') return ['```yaml title="compose.yaml"', composeExample(r), '```'];
	if (kind === 'kubernetes')
		return ['```yaml title="deployment.yaml"', kubernetesExample(r), '```'];
	return ['```console', consoleExample(r), '```'];
}

function noteText(r: Random, note: Plan, all: Plan[]): string {
	const w = writer(r, note);
	const other = () => all[r.int(0, all.length - 1)]!;
	const body: string[] = [w.paragraph(), ''];
	const blocksAt = new Set(r.sample([...note.headings.keys()], r.int(2, 4)));
	note.headings.forEach((heading, i) => {
		body.push(`${'#'.repeat(heading.level)} ${heading.text}`, '', w.paragraph(), '');
		if (r.chance(0.5)) {
			const target = other();
			const anchor =
				target.headings.length && r.chance(0.5) ? `#${r.pick(target.headings).id}` : '';
			body.push(
				`See also [${target.title}](/notes/${target.slug}/${anchor}) and the \`${r.pick(COMMANDS)}\` reference.`,
				''
			);
		}
		if (r.chance(0.3))
			body.push(
				...Array.from({ length: 3 }, () => `- Check the ${r.pick(ADJECTIVES)} ${w.noun()} first.`),
				''
			);
		if (blocksAt.has(i)) body.push(...codeBlock(r, note), '');
	});
	body.push('## Check yourself', '');
	for (let q = r.int(3, 5); q > 0; q--) {
		body.push(
			'<details>',
			`<summary>What does the ${w.noun()} change for the ${w.noun()}?</summary>`,
			'',
			w.sentence(),
			'',
			'</details>',
			''
		);
	}
	const frontmatter = [
		'---',
		`title: ${JSON.stringify(note.title)}`,
		`description: ${JSON.stringify(`Notes on ${note.title.toLowerCase()}: the ${w.noun()}, the ${w.noun()} and the ${w.noun()}.`)}`,
		`section: ${note.section}`,
		`order: ${note.index + 1}`,
		`tags: [${note.tags.join(', ')}]`,
		'---',
		'',
	];
	return [...frontmatter, ...body].join('\n');
}

/**
 * A synthetic corpus of `n` Docker notes for the benchmark: the same (n, seed) always gives
 * the same files. Notes follow CONTRIBUTING.md (sections, headings, a Check yourself
 * section) and link to each other's pages and headings, so every link resolves.
 */
export function generateCorpus(n: number, seed = 42): CorpusFile[] {
	const r = createRandom(seed);
	const plans = plan(r, n);
	return plans.map((note) => ({
		path: `${sectionSlug(note.section)}/${note.slug}.mdx`,
		slug: note.slug,
		text: noteText(r, note, plans),
	}));
}
