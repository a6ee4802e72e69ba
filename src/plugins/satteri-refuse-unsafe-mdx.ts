import { lstatSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTES_DIR } from '../consts.ts';
import { type ContentDiagnostic, formatDiagnostic, inFile } from '../lib/content-check/diagnostic.ts';
import { fileStatus, readRegularFile } from '../lib/content-check/load.ts';
import { parseMdx } from '../lib/content-check/parse-mdx.ts';
import { checkNotePolicy, checkSourceLimits, hiddenPart, refusedFile } from '../lib/content-policy/index.ts';

/**
 * Why the note file itself may not be compiled: a hidden path, a symbolic link, or a file
 * outside `content/` (where Astro's glob lands when it follows a link to another place).
 */
function refusedNote(path: string, file: string): ContentDiagnostic | undefined {
	const reason = hiddenPart(file) !== undefined ? 'hidden' : isLinked(path) || !file.startsWith(`${CONTENT_DIR}/`) ? 'symlink' : undefined;
	if (!reason) return undefined;
	const refused = refusedFile(file, reason);
	if (reason === 'symlink' && !file.startsWith(`${CONTENT_DIR}/`)) {
		refused.message = `A symbolic link under \`${CONTENT_DIR}/\` leads to this file, outside it: the site would publish whatever the link points at, so links are refused`;
		refused.fix = `Find the link with \`find ${CONTENT_DIR} -type l\`, and replace it with the file itself or delete it`;
	}
	return { file, line: 1, column: 1, severity: 'error', ...refused };
}

/** The folder every note and image lives in, from the project root. */
const CONTENT_DIR = dirname(NOTES_DIR);

/** True when the path is a symbolic link, or a folder on the way to it is. */
function isLinked(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink() || realpathSync(path) !== resolve(realpathSync(dirname(path)), path.split(/[\\/]/).pop() ?? '');
	} catch {
		return false;
	}
}

/**
 * The build's own enforcement of the content policy (`src/lib/content-policy/`), for when
 * `npm run check:content` was skipped (`npx astro build`). MDX becomes a JavaScript module that
 * Vite imports and runs, and a Markdown image becomes an import, so this has to act before any
 * of that exists: Sätteri calls a plugin factory with the source before it parses and compiles,
 * and a throw there stops the compile. The factory returns no plugin.
 */
export function satteriRefuseUnsafeMdx(root: string = process.cwd()) {
	return (ctx: { source: string; fileURL: URL | undefined; sourceFormat: string; data: Record<string, any> }) => {
		if (ctx.sourceFormat !== 'mdx') return null;
		const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : resolve(root, 'note.mdx');
		const file = relative(root, path).split('\\').join('/');
		const refused = refusedNote(path, file);
		const problems: ContentDiagnostic[] = refused ? [refused] : [];
		const limit = checkSourceLimits(ctx.source);
		if (limit) problems.push({ ...limit, file, column: 1, severity: 'error' });
		if (!refused && !limit) {
			const parsed = parseMdx(ctx.source);
			// A syntax error is left to the MDX compiler, which reports it and then stops.
			if ('tree' in parsed) {
				const context = { file, contentDir: CONTENT_DIR, source: ctx.source, readFile: (p: string) => readRegularFile(root, p), fileStatus: (p: string) => fileStatus(root, p) };
				problems.push(...inFile(file, checkNotePolicy(parsed.tree, context)));
			}
		}
		// `layout:` in frontmatter makes @astrojs/mdx import that file into the page.
		if (ctx.data?.astro?.frontmatter?.layout !== undefined) {
			problems.push({ file, line: 2, column: 1, rule: 'frontmatter-unknown-key', severity: 'error', message: '`layout` is not a frontmatter field: it would import code into the page', fix: 'Remove the `layout:` line' });
		}
		const first = problems[0];
		if (!first) return null;
		throw new Error(
			`${first.line}:${first.column}: This note breaks the content policy, so the build refuses to compile it (nothing in it has run):\n` +
				`${problems.map(formatDiagnostic).join('\n')}\nRun \`npm run check:content\` to see every problem of every note.`
		);
	};
}
