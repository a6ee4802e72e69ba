import { isMap } from 'yaml';
import { type Diagnostic, sortDiagnostics } from '../diagnostic.ts';
import type { EolOptions } from '../eol/check.ts';
import { checkDependsOnCycles, checkHealthyDependencies } from './depends-on.ts';
import { asMap } from './model.ts';
import { type ComposeParse, type Locate, parseCompose, parseComposeDocument } from './parse.ts';
import { checkEndOfLifeImages } from './eol.ts';
import { checkDuplicateHostPorts, checkPortRanges } from './ports.ts';
import { checkReferences } from './references.ts';
import { getComposeValidator } from './validator.ts';
import { schemaDiagnostics } from './schema-errors.ts';

/** The top-level `version:` key: Compose ignores it, so a note that shows it teaches an outdated file. */
function checkVersion(data: unknown, locate: Locate): Diagnostic[] {
	if (asMap(data)?.version === undefined) return [];
	return [
		{
			line: locate(['version']),
			rule: 'ObsoleteVersion',
			severity: 'error',
			message:
				'The top-level `version` key is obsolete: Compose ignores it, and the Compose Specification made it obsolete.',
			fix: 'Delete the `version:` line; or mark the block `nocheck` if it shows an old file on purpose.',
		},
	];
}

/** Validate against the (extended) Compose Specification schema. */
function checkSchema(data: unknown, locate: Locate): Diagnostic[] {
	// `version` gets its own warning; its type (a number such as 3.8) is not worth a second report.
	const withoutVersion = { ...asMap(data) };
	delete withoutVersion.version;
	const validate = getComposeValidator();
	if (validate(withoutVersion)) return [];
	return schemaDiagnostics(validate.errors ?? [], data, locate);
}

/** Options for checkCompose. */
export interface CheckComposeOptions {
	/** The day and table the end-of-life rule judges by (now, and the repository's table). */
	eol?: EolOptions | undefined;
}

/**
 * Check one Compose file's text, or its parseCompose result; lines are 1-based and relative
 * to the snippet.
 */
export function checkCompose(
	source: string | ComposeParse,
	options: CheckComposeOptions = {}
): Diagnostic[] {
	const { diagnostics, parsed } = typeof source === 'string' ? parseCompose(source) : source;
	if (!parsed) return diagnostics;
	const { data, locate } = parsed;
	if (!asMap(data)) {
		return [
			{
				line: 1,
				rule: 'WrongType',
				severity: 'error',
				message: 'A Compose file must be a map with a `services:` key at the top level.',
				fix: 'Start the file with `services:` and indent each service under it.',
			},
		];
	}
	return sortDiagnostics([
		...checkVersion(data, locate),
		...checkSchema(data, locate),
		...checkReferences(data, locate),
		...checkDuplicateHostPorts(data, locate),
		...checkPortRanges(data, locate),
		...checkDependsOnCycles(data, locate),
		...checkHealthyDependencies(data, locate),
		...checkEndOfLifeImages(data, locate, options.eol),
	]);
}

/** True when the YAML is a mapping with a top-level `services` key (even if it has other errors). */
export function isComposeFile(source: string, parse?: () => ComposeParse): boolean {
	// Most YAML on the site is not Compose (Kubernetes manifests, CI files): no parse for those.
	if (!source.includes('services')) return false;
	// A clean file is parsed once, by the parse the checks and the diagram share (`parse`).
	const { parsed } = parse ? parse() : parseCompose(source);
	if (parsed) {
		const map = asMap(parsed.data);
		return map !== undefined && Object.hasOwn(map, 'services');
	}
	const { contents } = parseComposeDocument(source);
	return isMap(contents) && contents.has('services');
}
