// Write the Compose validator as standalone code for the workbench, which runs under a CSP
// without `unsafe-eval`. Run it after changing the Compose schema or its extensions; a unit
// test fails while the checked-in file is out of date.
import { writeFileSync } from 'node:fs';
import { COMPOSE_VALIDATOR_FILE, composeValidatorCode } from '../src/lib/compose/validator-code.ts';

writeFileSync(COMPOSE_VALIDATOR_FILE, composeValidatorCode());
console.log(`Wrote ${COMPOSE_VALIDATOR_FILE}`);
