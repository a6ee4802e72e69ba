import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { sortDiagnostics, type Diagnostic } from '../diagnostic.ts';
import type { EolOptions } from '../eol/check.ts';
import type { CheckContext, Rule } from './context.ts';
import { checkCopyBeforeInstall } from './copy-before-install.ts';
import { checkEndOfLifeBase } from './eol-rule.ts';
import {
	checkJsonArgsRecommended,
	checkLegacyKeyValue,
	checkSecretsInArgOrEnv,
} from './instruction-rules.ts';
import { getLayout } from './layout.ts';
import { checkWithLibrary } from './library-rules.ts';
import { getSkippedRules } from './skip-directive.ts';
import { createSourceText } from './source-text.ts';
import { checkStageReferences } from './stage-references.ts';
import { checkFromAsCasing, checkStageNameCasing, checkUnpinnedBaseImage } from './stage-rules.ts';
import { checkHeredocs, checkJsonArgs, checkRunFlags } from './syntax-rules.ts';
import { checkVariables } from './variable-rules.ts';

/** Options for checkDockerfile. */
export interface CheckDockerfileOptions {
	/** A partial Dockerfile: no FROM needed, and `--from` may name stages defined elsewhere. */
	fragment?: boolean | undefined;
	/** The day and table the end-of-life rule judges by (now, and the repository's table). */
	eol?: EolOptions | undefined;
}

/** Every rule, in no particular order: the result is sorted by line. */
const RULES: Rule[] = [
	checkWithLibrary,
	checkJsonArgs,
	checkRunFlags,
	checkHeredocs,
	checkStageReferences,
	checkJsonArgsRecommended,
	checkFromAsCasing,
	checkStageNameCasing,
	checkLegacyKeyValue,
	checkVariables,
	checkSecretsInArgOrEnv,
	checkUnpinnedBaseImage,
	checkCopyBeforeInstall,
	checkEndOfLifeBase,
];

/** Check one Dockerfile's text; lines are 1-based and relative to the snippet. */
export function checkDockerfile(
	source: string,
	options: CheckDockerfileOptions = {}
): Diagnostic[] {
	return checkParsedDockerfile(DockerfileParser.parse(source), source, options);
}

/** checkDockerfile on a Dockerfile already parsed from `source`, for callers that reuse the parse. */
export function checkParsedDockerfile(
	dockerfile: Dockerfile,
	source: string,
	options: CheckDockerfileOptions = {}
): Diagnostic[] {
	const context: CheckContext = {
		dockerfile,
		text: createSourceText(source),
		layout: getLayout(dockerfile),
		fragment: options.fragment ?? false,
		eol: options.eol ?? {},
	};
	const skipped = getSkippedRules(dockerfile);
	const found = RULES.flatMap((rule) => rule(context)).filter(
		// Like Docker, `# check=skip=…` silences warnings only; errors always stop the build.
		(d) => d.severity === 'error' || !(skipped.all || skipped.rules.has(d.rule))
	);
	return sortDiagnostics(found);
}
