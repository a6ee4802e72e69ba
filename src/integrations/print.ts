import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemblePrintPage, noteBody } from '../lib/print/assemble.ts';

/** Where the printable page is written, inside the build's output folder. */
const PRINT_PAGE = 'print/index.html';

/**
 * Fill the printable page (src/pages/print.astro) with every note's body, taken from the note
 * pages the build has just written (src/lib/print/assemble.ts says why). Listed after Pagefind,
 * which then parses the page while it is small (it is never indexed) and has read every page
 * when this runs, while it writes its index; and before the offline list, which caches the
 * finished page.
 */
export function printIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'dn:print',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const page = join(out, PRINT_PAGE);
				// A project without the page (a test fixture) has nothing to fill.
				if (!existsSync(page)) return;
				let notes = 0;
				const html = assemblePrintPage(
					readFileSync(page, 'utf8'),
					(slug) => {
						notes += 1;
						const file = join(out, 'notes', slug, 'index.html');
						return noteBody(readFileSync(file, 'utf8'), file);
					},
					base
				);
				writeFileSync(page, html);
				logger.info(`/${PRINT_PAGE}: the bodies of ${notes} notes`);
			},
		},
	};
}
