import type { ValidateFunction } from 'ajv';
// Standalone code from `npm run build:compose-validator`: no schema compiling, so no eval.
import { validate } from './compose-validator.generated.js';

/**
 * The browser's stand-in for `src/lib/compose/schema.ts`: the same validator, compiled ahead
 * of time, since the site's CSP has no `unsafe-eval` for Ajv to compile it in the page.
 * The workbench's bundler swaps it in (see src/integrations/workbench.ts).
 */
export function getComposeValidator(): ValidateFunction {
	return validate as ValidateFunction;
}
