import { DockerfileParser } from 'dockerfile-ast';
import { exampleKind, type ExampleKind } from '../examples/check-block.ts';

/** What the reader picked in the kind menu: let the page decide, or one kind. */
export type KindChoice = 'auto' | ExampleKind;

/** The kind the workbench checks a text as, and whether it was told by the text itself. */
export interface KindDetection {
	kind: ExampleKind;
	/** False when nothing in the text said which kind it is (it is then checked as a Dockerfile). */
	detected: boolean;
}

/**
 * Decide whether a text is a Dockerfile or a Compose file: a chosen kind wins; otherwise a
 * top-level `services:` (as the build decides for a YAML block) makes it Compose and a `FROM`
 * instruction a Dockerfile.
 */
export function detectKind(source: string, choice: KindChoice = 'auto'): KindDetection {
	if (choice !== 'auto') return { kind: choice, detected: true };
	if (exampleKind({ lang: 'yaml', meta: '', value: source }) === 'compose') {
		return { kind: 'compose', detected: true };
	}
	const hasFrom = DockerfileParser.parse(source).getFROMs().length > 0;
	return { kind: 'dockerfile', detected: hasFrom };
}
