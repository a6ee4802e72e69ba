import type { ValidateFunction } from 'ajv';
// Standalone code from `npm run build:compose-validator`: no schema is compiled at run time.
import { validate } from './validator.generated.js';

/**
 * The extended Compose validator, compiled ahead of time (src/lib/compose/validator-code.ts):
 * the same code in Node and in the workbench's page, whose CSP has no `unsafe-eval` for Ajv
 * to compile the schema, and no process spends a fifth of a second compiling it.
 */
export function getComposeValidator(): ValidateFunction {
	return validate as ValidateFunction;
}
