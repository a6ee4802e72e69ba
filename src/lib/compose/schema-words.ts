/** JSON Schema types in plain words. */
const TYPE_WORDS: Record<string, string> = {
	array: 'a list',
	object: 'a map of `key: value` pairs',
	string: 'text',
	number: 'a number',
	integer: 'a whole number',
	boolean: '`true` or `false`',
	null: 'empty',
};

// One-line examples for the keys people most often get the shape of wrong.
const LIST_EXAMPLES: Record<string, string> = {
	ports: '- "5000:5000"',
	expose: '- "3000"',
	volumes: '- ./data:/data',
	depends_on: '- db',
	networks: '- backend',
	profiles: '- debug',
	links: '- db',
	volumes_from: '- app',
	cap_add: '- NET_ADMIN',
	cap_drop: '- ALL',
	secrets: '- db_password',
	configs: '- app_config',
	env_file: '- .env',
	environment: '- NODE_ENV=production',
	labels: '- com.example.team=web',
	command: '["npm", "start"]',
	entrypoint: '["/docker-entrypoint.sh"]',
	dns: '- 1.1.1.1',
	tmpfs: '- /tmp',
	include: '- ./db/compose.yaml',
	watch: '- path: ./src',
	post_start: '- command: ./warm-cache.sh',
	pre_stop: '- command: ./drain.sh',
};

const MAP_EXAMPLES: Record<string, string> = {
	services: 'web: { image: nginx }',
	environment: 'NODE_ENV: production',
	healthcheck: 'test: ["CMD", "curl", "-f", "http://localhost"]',
	build: 'context: .',
	deploy: 'replicas: 2',
	develop: 'watch: [...]',
	logging: 'driver: json-file',
	networks: 'backend: {}',
	volumes: 'db-data: {}',
	secrets: 'db_password: { file: ./db_password.txt }',
	configs: 'app_config: { file: ./app.conf }',
};

/** Fixes for values that must match a pattern, by key. */
export const PATTERN_FIXES: Record<string, string> = {
	pull_policy:
		'Use `always`, `never`, `missing`, `build`, `refresh`, `daily`, `weekly` or `every_<duration>` such as `every_12h`.',
};

/** Values to suggest when a required key is missing. */
export const REQUIRED_EXAMPLES: Record<string, string> = {
	action: 'action: sync',
	path: 'path: ./src',
	condition: 'condition: service_started',
	type: 'type: volume',
	capabilities: 'capabilities: [gpu]',
	command: 'command: ["./hook.sh"]',
	model: 'model: ai/smollm2',
	service: 'service: base',
	soft: 'soft: 65536',
	hard: 'hard: 65536',
};

/** "a list", "text or a whole number": what a value was expected to be. */
export function expectedPhrase(types: readonly string[]): string {
	const words = [...new Set(types)].map((t) => TYPE_WORDS[t] ?? t);
	return words.length > 1
		? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
		: (words[0] ?? '');
}

/** What a value actually is, in the same words. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a map';
	if (typeof value === 'boolean') return `\`${value}\``;
	if (typeof value === 'number') return `the number \`${value}\``;
	return `the text \`${String(value)}\``;
}

/** A short example of the right shape for a key, when we have one for the expected type. */
export function exampleFor(key: string, types: readonly string[]): string | undefined {
	if (types.includes('array') && LIST_EXAMPLES[key]) return LIST_EXAMPLES[key];
	if (types.includes('object') && MAP_EXAMPLES[key]) return MAP_EXAMPLES[key];
	return undefined;
}

/** A one-line fix for a value of the wrong type. */
export function typeFix(key: string, types: readonly string[]): string {
	const name = key ? `\`${key}\`` : 'the value';
	if (types.includes('object') && types.includes('null')) {
		return `Leave \`${key}:\` empty, or write indented \`key: value\` lines under it.`;
	}
	if (types.includes('array'))
		return `Write ${name} as a list: one item per line, each starting with \`- \`.`;
	if (types.includes('object'))
		return `Write ${name} as indented \`key: value\` lines under \`${key}:\`.`;
	if (types.includes('string')) return `Put ${name} in quotes, for example \`"30s"\`.`;
	if (types.includes('boolean')) return `Set ${name} to \`true\` or \`false\`.`;
	if (types.includes('integer') || types.includes('number')) return `Set ${name} to a number.`;
	return `Leave ${name} empty or remove it.`;
}
