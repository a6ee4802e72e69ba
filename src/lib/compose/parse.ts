import {
	type CollectionTag,
	type Document,
	isAlias,
	isMap,
	isNode,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type ScalarTag,
	visit,
	type YAMLMap,
} from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { checkAnchors } from './anchors.ts';
import { overIndentedKey } from '../yaml-indent.ts';

/** A path into the parsed file: map keys and list indexes. */
export type Path = readonly (string | number)[];

/** Find the 1-based line of the key (or list item) at a path; the closest existing parent otherwise. */
export type Locate = (path: Path) => number;

/** A Compose file that parsed cleanly: its plain data and a way back to line numbers. */
export interface ParsedCompose {
	data: unknown;
	locate: Locate;
}

// Compose's merge tags. Without them yaml warns "Unresolved tag"; their values are kept as-is.
const COMPOSE_TAGS = ['!reset', '!override'].flatMap((tag): (ScalarTag | CollectionTag)[] => [
	{ tag, resolve: (value) => value },
	{ tag, collection: 'map', resolve: (map) => map },
	{ tag, collection: 'seq', resolve: (seq) => seq },
]);

/** Parse a Compose file with merge keys, duplicate-key errors and Compose's custom tags. */
export function parseComposeDocument(source: string, lineCounter?: LineCounter): Document.Parsed {
	return parseDocument(source, {
		merge: true,
		uniqueKeys: true,
		customTags: COMPOSE_TAGS,
		...(lineCounter ? { lineCounter } : {}),
	});
}

/** The value behind an alias, so that `*anchor` is searched like the map it names. */
function deref(node: unknown, doc: Document): unknown {
	return isAlias(node) ? node.resolve(doc) : node;
}

/** The pair for `key` in a map, looking through `<<` merges when the map itself lacks it. */
function findPair(
	map: YAMLMap,
	key: string,
	doc: Document
): { key: unknown; value: unknown } | undefined {
	const own = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
	if (own) return own;
	for (const pair of map.items) {
		if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
		const value = deref(pair.value, doc);
		const sources = isSeq(value) ? value.items : [value];
		for (const item of sources) {
			const target = deref(item, doc);
			const found = isMap(target) ? findPair(target, key, doc) : undefined;
			if (found) return found;
		}
	}
	return undefined;
}

/** Build a Locate function over a parsed document. */
function makeLocate(doc: Document.Parsed, lines: LineCounter): Locate {
	const lineOf = (node: unknown): number | undefined =>
		isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
	return (path) => {
		let node = deref(doc.contents, doc);
		let line = lineOf(node) ?? 1;
		for (const step of path) {
			let next: { key: unknown; value: unknown } | undefined;
			if (isMap(node)) next = findPair(node, String(step), doc);
			else if (isSeq(node))
				next = { key: node.items[Number(step)], value: node.items[Number(step)] };
			if (!next?.key) break;
			line = lineOf(next.key) ?? line;
			node = deref(next.value, doc);
		}
		return line;
	};
}

/** Turn yaml's parse errors into diagnostics: duplicate keys apart, everything else as syntax. */
function yamlDiagnostics(doc: Document.Parsed, source: string, lines: LineCounter): Diagnostic[] {
	return doc.errors.map((error) => {
		const { line, col } = lines.linePos(error.pos[0]);
		if (error.code === 'DUPLICATE_KEY') {
			const key = /^["']?([^"':\n]*)/.exec(source.slice(error.pos[0]))?.[1]?.trim() || 'this key';
			return {
				line,
				column: col,
				rule: 'DuplicateKey',
				severity: 'error',
				message: `The key \`${key}\` appears twice in the same map; YAML allows each key only once.`,
				fix: `Merge the two \`${key}:\` entries into one, or delete the one you do not want.`,
			};
		}
		// yaml reports a key indented too far at the end of the line before it; point at the key.
		const indented = overIndentedKey(source, line, error.code);
		if (indented) return indented;
		// yaml's message ends with "at line N, column M:" and a code excerpt; we report the line ourselves.
		const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
		return {
			line,
			column: col,
			rule: 'YamlSyntax',
			severity: 'error',
			message: `This is not valid YAML: ${reason}.`,
			fix:
				error.code === 'TAB_AS_INDENT'
					? 'Indent with spaces; YAML does not allow tabs for indentation.'
					: 'Check the indentation, quotes and brackets on this line and the one before it.',
		};
	});
}

/** What parseCompose returns: diagnostics for broken YAML, or the data and a line lookup. */
export interface ComposeParse {
	diagnostics: Diagnostic[];
	parsed?: ParsedCompose;
}

/** One report per line and rule: yaml often gives two errors for one mistake. */
function dedupe(list: Diagnostic[]): Diagnostic[] {
	const seen = new Set<string>();
	return list.filter((d) => {
		const key = `${d.line}\u0000${d.rule}\u0000${d.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Parse Compose text; either diagnostics for broken YAML, or the data and a line lookup.
 * Callers that need the parse more than once keep the result (src/lib/examples/analyze.ts).
 */
export function parseCompose(source: string): ComposeParse {
	const lines = new LineCounter();
	const doc = parseComposeDocument(source, lines);
	if (doc.errors.length > 0) return { diagnostics: dedupe(yamlDiagnostics(doc, source, lines)) };
	const anchors = checkAnchors(doc, lines);
	if (anchors.length > 0) return { diagnostics: anchors };
	// `!reset` removes an inherited value; in a single file that means the key is not set at all.
	visit(doc, {
		Pair: (_, pair) =>
			isNode(pair.value) && pair.value.tag === '!reset' ? visit.REMOVE : undefined,
	});
	try {
		const data: unknown = doc.toJS({ maxAliasCount: 100 });
		return { diagnostics: [], parsed: { data, locate: makeLocate(doc, lines) } };
	} catch (error) {
		// toJS throws on alias bombs and on merging something that is not a map.
		const reason = error instanceof Error ? error.message : String(error);
		return {
			diagnostics: [
				{
					line: 1,
					rule: 'YamlSyntax',
					severity: 'error',
					message: `This YAML cannot be read as data: ${reason}.`,
					fix: 'Check the anchors (`&name`), aliases (`*name`) and `<<` merge keys.',
				},
			],
		};
	}
}
