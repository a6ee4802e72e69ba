import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Build the Pagefind search index over the finished site, inside `astro build`. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'dn:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pagefind = await import('pagefind');
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({
					// `-` keeps flags such as `--from` whole, so they match only notes that use them.
					includeCharacters: '-',
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(
					`Finished building search index in ${Math.round(performance.now() - started)}ms (${added.page_count} pages)`
				);
			},
		},
	};
}
