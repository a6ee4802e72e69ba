// The build formats example problems with the site's one formatter (src/lib/diagnostic.ts),
// so `astro build` and `npm run check:content` print the same line for the same problem.
import type { Diagnostic } from '../diagnostic.ts';

export { formatDiagnostic as formatProblem, formatFailure } from '../diagnostic.ts';

/** A diagnostic placed in a note file: `line` and `column` count from the file's first line. */
export type NoteProblem = Diagnostic & { file: string };
