import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic.ts';
import type { Locate } from './parse.ts';
import {
	describeValue,
	exampleFor,
	expectedPhrase,
	PATTERN_FIXES,
	REQUIRED_EXAMPLES,
	typeFix,
} from './schema-words.ts';
import { closest, didYouMean } from '../did-you-mean.ts';

interface SchemaError {
	keyword: string;
	path: string[];
	error: ErrorObject;
	types: string[];
}

/** Split Ajv's JSON Pointer (`/services/web/ports/0`) into keys. */
function splitPointer(pointer: string): string[] {
	if (pointer === '') return [];
	return pointer
		.slice(1)
		.split('/')
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** `services.web.ports[0]`, or "the top level" for the root; list indexes in brackets. */
function dotted(path: readonly string[], data: unknown): string {
	let text = '';
	let node = data;
	for (const key of path) {
		text += Array.isArray(node) ? `[${key}]` : text ? `.${key}` : key;
		node = (node as Record<string, unknown> | undefined)?.[key];
	}
	return text ? `\`${text}\`` : 'The top level';
}

function valueAt(path: readonly string[], data: unknown): unknown {
	return path.reduce<unknown>(
		(node, key) => (node as Record<string, unknown> | undefined)?.[key],
		data
	);
}

const isWithin = (inner: readonly string[], outer: readonly string[]): boolean =>
	inner.length >= outer.length && outer.every((key, i) => inner[i] === key);

/**
 * Cut Ajv's output to one error per real problem. The schema says "string or map", "list or map"
 * with oneOf, so one mistake yields an error per branch: drop the oneOf/anyOf summaries, drop type
 * errors when a more specific error sits at or below the same place, and merge the rest per path.
 */
function reduce(errors: readonly ErrorObject[]): SchemaError[] {
	const kept = errors
		.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if')
		.map((error) => ({
			keyword: error.keyword,
			path: splitPointer(error.instancePath),
			error,
			types: error.keyword === 'type' ? [String(error.params.type)] : [],
		}));
	// A misspelt required key (`conditon:`) is already reported as unknown, with the right name.
	const misspelt = (t: (typeof kept)[number]) =>
		t.keyword === 'required' &&
		kept.some(
			(o) =>
				o.keyword === 'additionalProperties' &&
				o.path.join('/') === t.path.join('/') &&
				closest(String(o.error.params.additionalProperty), [String(t.error.params.missingProperty)])
		);
	const specific = kept.filter(
		(t) =>
			!misspelt(t) &&
			(t.keyword !== 'type' ||
				!kept.some(
					(o) =>
						o !== t &&
						isWithin(o.path, t.path) &&
						(o.keyword !== 'type' || o.path.length > t.path.length)
				))
	);
	const byKey = new Map<string, SchemaError>();
	for (const item of specific) {
		const detail = item.keyword === 'type' ? '' : JSON.stringify(item.error.params);
		const key = `${item.keyword}|${item.path.join('/')}|${detail}`;
		const seen = byKey.get(key);
		if (seen) seen.types.push(...item.types.filter((t) => !seen.types.includes(t)));
		else byKey.set(key, item);
	}
	return [...byKey.values()];
}

/** Phrase one reduced error as a diagnostic a first-time contributor can act on. */
function phrase(item: SchemaError, data: unknown, locate: Locate): Omit<Diagnostic, 'severity'> {
	const { error, path } = item;
	const where = dotted(path, data);
	const last = path.at(-1) ?? '';
	switch (item.keyword) {
		case 'additionalProperties': {
			const key = String(error.params.additionalProperty);
			const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
			const line = locate([...path, key]);
			if (known.length === 0) {
				return {
					line,
					rule: 'InvalidValue',
					message: `${where} has a key \`${key}\` that is not a valid name: use letters, digits, \`.\`, \`_\` and \`-\` only.`,
					fix: `Rename \`${key}\`.`,
				};
			}
			const match = closest(key, known);
			return {
				line,
				rule: 'UnknownKey',
				message: `${where} has an unknown key \`${key}\`${match ? ` (did you mean \`${match}\`?)` : ''}.`,
				fix: match
					? `Rename \`${key}\` to \`${match}\`.`
					: `Remove \`${key}\`, or name it \`x-${key}\` if it is your own extension field.`,
			};
		}
		case 'type': {
			const example = exampleFor(last, item.types);
			return {
				line: locate(path),
				rule: 'WrongType',
				message: `${where} must be ${expectedPhrase(item.types)}, not ${describeValue(valueAt(path, data))}${example ? `, for example \`${example}\`` : ''}.`,
				fix: typeFix(last, item.types),
			};
		}
		case 'required': {
			const key = String(error.params.missingProperty);
			// For a list item (`watch[0]`) name the list, since "under `0`" means nothing to a reader.
			const owner = [...path].reverse().find((k) => !/^\d+$/.test(k));
			const place = owner === last ? `under \`${owner}\`` : `to this entry of \`${owner}\``;
			const example = REQUIRED_EXAMPLES[key];
			return {
				line: locate(path),
				rule: 'MissingRequired',
				message: `${where} is missing the required key \`${key}\`.`,
				fix: `Add \`${key}:\` ${owner ? place : 'at the top level'}${example ? `, for example \`${example}\`` : ''}.`,
			};
		}
		case 'enum': {
			const allowed = (error.params.allowedValues as unknown[]).map(String);
			const value = String(valueAt(path, data));
			const hint = didYouMean(value, allowed);
			return {
				line: locate(path),
				rule: 'InvalidValue',
				message: `${where} is \`${value}\`, which is not allowed${hint}.`,
				fix: `Use one of: ${allowed.map((v) => `\`${v}\``).join(', ')}.`,
			};
		}
		case 'pattern':
			return {
				line: locate(path),
				rule: 'InvalidValue',
				message: `${where} is \`${String(valueAt(path, data))}\`, which is not a valid value.`,
				fix: PATTERN_FIXES[last] ?? 'Check this value against the Compose Specification.',
			};
		case 'uniqueItems':
			return {
				line: locate([...path, String(error.params.i)]),
				rule: 'InvalidValue',
				message: `${where} lists the same item twice (items ${error.params.j} and ${error.params.i}).`,
				fix: 'Delete one of the repeated items.',
			};
		default:
			return {
				line: locate(path),
				rule: 'InvalidValue',
				message: `${where} is not valid here: it ${error.message ?? 'does not match the Compose Specification'}.`,
				fix: 'Check this value against the Compose Specification.',
			};
	}
}

/** Turn Ajv's errors for a Compose file into one diagnostic per real problem. */
export function schemaDiagnostics(
	errors: readonly ErrorObject[],
	data: unknown,
	locate: Locate
): Diagnostic[] {
	return reduce(errors).map((item) => ({ ...phrase(item, data, locate), severity: 'error' }));
}
