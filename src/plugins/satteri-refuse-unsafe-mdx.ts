import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTES_DIR } from '../consts.ts';
import {
	type ContentDiagnostic,
	formatDiagnostic,
	inFile,
} from '../lib/content-check/diagnostic.ts';
import { fileStatus, readRegularFile } from '../lib/content-check/load.ts';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
// Types `ctx.data.astro`, which Astro's Sätteri processor declares and fills before plugins run.
import type {} from '@astrojs/markdown-satteri';
import {
	checkNotePolicy,
	checkSourceLimits,
	hiddenPart,
	type PolicyNode,
	refusedFile,
} from '../lib/content-policy/index.ts';

/**
 * Why the note file itself may not be compiled: a hidden path, a symbolic link, or a file
 * outside `content/` (where Astro's glob lands when it follows a link to another place).
 */
function refusedNote(path: string, root: string, file: string): ContentDiagnostic | undefined {
	const reason =
		hiddenPart(file) !== undefined
			? 'hidden'
			: isLinked(path, root, file) || !file.startsWith(`${CONTENT_DIR}/`)
				? 'symlink'
				: undefined;
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

/** True when the path is a symbolic link, or a folder on the way to it from the project root is. */
function isLinked(path: string, root: string, file: string): boolean {
	try {
		return (
			lstatSync(path).isSymbolicLink() || realpathSync(path) !== join(realpathSync(root), file)
		);
	} catch {
		return false;
	}
}

/** Stop the compile with every problem, in the checker's format; nothing of the note has run. */
function refuse(problems: readonly ContentDiagnostic[]): never {
	const first = problems[0] ?? { line: 1, column: 1 };
	throw Object.assign(
		new Error(
			`${first.line}:${first.column}: This note breaks the content policy, so the build refuses to compile it (nothing in it has run):\n` +
				`${problems.map(formatDiagnostic).join('\n')}\nRun \`npm run check:content\` to see every problem of every note.`
		),
		// Astro reads these for its error location and the dev overlay.
		{ line: first.line, column: first.column }
	);
}

/**
 * The build's own enforcement of the content policy (`src/lib/content-policy/`), for when
 * `npm run check:content` was skipped (`npx astro build`). MDX becomes a JavaScript module that
 * Vite imports and runs, and a Markdown image becomes an import, so this has to act before any
 * of that exists. Sätteri calls the factory with the source before it parses: the file and its
 * size and nesting are judged there, since a pathological note can crash the parser itself.
 * Then the policy judges Sätteri's own tree in the plugin's `before` hook, ahead of every other
 * plugin and of the compile; a throw in either place stops the note.
 */
export function satteriRefuseUnsafeMdx(root: string = process.cwd()) {
	return (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
		if (ctx.sourceFormat !== 'mdx') return null;
		const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : resolve(root, 'note.mdx');
		const file = relative(root, path).split('\\').join('/');
		const early: ContentDiagnostic[] = [];
		const refused = refusedNote(path, root, file);
		if (refused) early.push(refused);
		const limit = checkSourceLimits(ctx.source);
		if (limit) early.push({ ...limit, file, column: 1, severity: 'error' });
		// `layout:` in frontmatter makes @astrojs/mdx import that file into the page.
		if (ctx.data?.astro?.frontmatter?.layout !== undefined) {
			early.push({
				file,
				line: 2,
				column: 1,
				rule: 'frontmatter-unknown-key',
				severity: 'error',
				message: '`layout` is not a frontmatter field: it would import code into the page',
				fix: 'Remove the `layout:` line',
			});
		}
		if (refused || limit) refuse(early);
		const context = {
			file,
			contentDir: CONTENT_DIR,
			source: ctx.source,
			readFile: (p: string) => readRegularFile(root, p),
			fileStatus: (p: string) => fileStatus(root, p),
		};
		return {
			name: 'dn:refuse-unsafe-mdx',
			options: { position: true },
			before(tree) {
				const problems = [
					...inFile(file, checkNotePolicy(tree as unknown as PolicyNode, context)),
					...early,
				];
				if (problems.length > 0) refuse(problems);
			},
		};
	};
}
