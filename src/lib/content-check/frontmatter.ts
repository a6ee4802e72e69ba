import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { type NoteData, noteSchema } from '../content/note-schema.ts';
import { LIMITS } from '../content-policy/allowlist.ts';
import type { FileDiagnostic } from './diagnostic.ts';
import { frontmatterIssue } from './frontmatter-words.ts';
import { splitFrontmatter } from './frontmatter-split.ts';
import { overIndentedKey } from '../yaml-indent.ts';

/** What a note's frontmatter holds, and what is wrong with it. */
export interface FrontmatterResult {
	/** The YAML as plain data, even when the schema rejects it (the slug and draft flag are read from it). */
	raw: Record<string, unknown> | undefined;
	/** The data after the schema, when it is valid. */
	data: NoteData | undefined;
	diagnostics: FileDiagnostic[];
}

const NO_BLOCK = {
	missing: {
		message:
			'The file has no frontmatter: a note starts with a `---` line, its fields, and another `---` line',
		fix: 'Add `---`, `title: "…"`, `description: "…"` and `---` as the first lines (see CONTRIBUTING.md)',
	},
	unclosed: {
		message: 'The frontmatter is not closed: no `---` line follows the first one',
		fix: 'Add a line with only `---` after the last frontmatter field',
	},
	toml: {
		message: 'The frontmatter is TOML (`+++`); notes use YAML',
		fix: 'Write it between `---` lines as `key: value` pairs',
	},
} as const;

/** The first line of a yaml error, without the "at line 2, column 8" that we report ourselves. */
function yamlMessage(message: string): string {
	return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Parse and validate the frontmatter of a note; every line number is the line in the note file. */
export function checkFrontmatter(text: string): FrontmatterResult {
	const block = splitFrontmatter(text);
	if (typeof block === 'string') {
		return {
			raw: undefined,
			data: undefined,
			diagnostics: [{ line: 1, rule: 'frontmatter-block', severity: 'error', ...NO_BLOCK[block] }],
		};
	}
	const counter = new LineCounter();
	const doc = parseDocument(block.yaml, { lineCounter: counter, uniqueKeys: true });
	const lineAt = (offset: number) => block.firstLine - 1 + counter.linePos(offset).line;
	const error = doc.errors[0];
	if (error) {
		const pos = error.linePos?.[0];
		const duplicate = error.code === 'DUPLICATE_KEY';
		// A key indented too far is reported by yaml on the line above it; point at the key.
		const indented = overIndentedKey(block.yaml, pos?.line ?? 1, error.code, block.firstLine - 1);
		if (indented)
			return {
				raw: undefined,
				data: undefined,
				diagnostics: [{ ...indented, rule: 'frontmatter-yaml' }],
			};
		return {
			raw: undefined,
			data: undefined,
			diagnostics: [
				{
					line: block.firstLine - 1 + (pos?.line ?? 1),
					column: pos?.col ?? 1,
					rule: 'frontmatter-yaml',
					severity: 'error',
					message: duplicate
						? 'This frontmatter field appears twice'
						: `The frontmatter is not valid YAML: ${yamlMessage(error.message)}`,
					fix: duplicate
						? 'Keep only one of the two lines'
						: 'Check the indentation, and put quotes around a value that contains `: ` or starts with `[`, `{`, `*`, `&`, `!`, `|`, `>` or `@`, e.g. `title: "Compose: the basics"`',
				},
			],
		};
	}
	if (doc.contents !== null && !isMap(doc.contents)) {
		return {
			raw: undefined,
			data: undefined,
			diagnostics: [
				{
					line: block.firstLine,
					rule: 'frontmatter-yaml',
					severity: 'error',
					message: 'The frontmatter must be `key: value` lines, such as `title: "Volumes"`',
					fix: 'Write one field per line: the key, a colon, a space and the value',
				},
			],
		};
	}
	const map = doc.contents as YAMLMap | null;
	let raw: Record<string, unknown>;
	try {
		// An alias bomb (`&a [*b, *b …]` nested) would expand without bound; yaml stops it at this count.
		raw = (doc.toJS({ maxAliasCount: LIMITS.yamlAliases }) ?? {}) as Record<string, unknown>;
	} catch {
		const alias = block.yaml.search(/\*[^\s,\]}]+/);
		return {
			raw: undefined,
			data: undefined,
			diagnostics: [
				{
					line: alias < 0 ? block.firstLine : lineAt(alias),
					rule: 'frontmatter-yaml',
					severity: 'error',
					message: `The frontmatter repeats YAML aliases (\`*name\`) so often that it would expand past ${LIMITS.yamlAliases} copies`,
					fix: 'Write each value out; notes need no YAML anchors (`&name`) or aliases (`*name`)',
				},
			],
		};
	}
	// The line of a key (or of a list item under it), for messages that point at the field.
	const lineOf = (path: readonly PropertyKey[]): number => {
		const pair = map?.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[0]));
		if (!pair || !isScalar(pair.key) || !pair.key.range) return 1;
		const index = path[1];
		if (typeof index === 'number' && isSeq(pair.value)) {
			const item = pair.value.items[index];
			if (isScalar(item) && item.range) return lineAt(item.range[0]);
		}
		return lineAt(pair.key.range[0]);
	};
	const result = noteSchema.safeParse(raw);
	if (result.success) return { raw, data: result.data, diagnostics: [] };
	const diagnostics = result.error.issues.flatMap((issue) => frontmatterIssue(issue, raw, lineOf));
	return { raw, data: undefined, diagnostics };
}
