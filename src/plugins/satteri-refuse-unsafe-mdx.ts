import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, inFile } from '../lib/content-check/diagnostic.ts';
import { parseMdx } from '../lib/content-check/parse-mdx.ts';
import { checkUnsafeMdx } from '../lib/content-check/unsafe-mdx.ts';

/**
 * The build's own guard against code in a note, for when `npm run check:content` was skipped
 * (`npx astro build`). MDX becomes a JavaScript module that Vite imports and runs, so this
 * has to act before any code exists: Sätteri calls a plugin factory with the source before it
 * parses and compiles, and a throw there stops the compile. The factory returns no plugin.
 */
export function satteriRefuseUnsafeMdx() {
	return (ctx: { source: string; fileURL: URL | undefined; sourceFormat: string; data: Record<string, any> }) => {
		if (ctx.sourceFormat !== 'mdx') return null;
		const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'note.mdx';
		const file = relative(process.cwd(), path).split('\\').join('/');
		const parsed = parseMdx(ctx.source);
		// A syntax error is left to the MDX compiler, which reports it and then stops.
		const problems = 'tree' in parsed ? inFile(file, checkUnsafeMdx(parsed.tree, ctx.source, file)) : [];
		// `layout:` in frontmatter makes @astrojs/mdx import that file into the page.
		if (ctx.data?.astro?.frontmatter?.layout !== undefined) {
			problems.push({ file, line: 2, column: 1, rule: 'frontmatter-unknown-key', severity: 'error', message: '`layout` is not a frontmatter field: it would import code into the page', fix: 'Remove the `layout:` line' });
		}
		const first = problems[0];
		if (!first) return null;
		throw new Error(
			`${first.line}:${first.column}: This note holds code that the build refuses to compile (nothing in it has run):\n` +
				`${problems.map(formatDiagnostic).join('\n')}\nRun \`npm run check:content\` to see every problem of every note.`
		);
	};
}
