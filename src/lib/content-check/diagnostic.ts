// The checker's diagnostics are the site's one diagnostic type (src/lib/diagnostic.ts); these
// names stay so the one-file checkers read as before.
import type { Diagnostic } from '../diagnostic.ts';

export {
	type ContentDiagnostic,
	formatDiagnostic,
	inFile,
	sortContentDiagnostics,
} from '../diagnostic.ts';

/** A diagnostic of one file before its file is attached: the shared type, column optional. */
export type FileDiagnostic = Diagnostic;
