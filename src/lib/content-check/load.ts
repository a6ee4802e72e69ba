import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { NOTES_DIR } from '../../consts.ts';
import type { ContentInput } from './check-content.ts';
import { siteRoutes } from './site-routes.ts';

/** Every file under `dir`, as paths relative to `base` with `/` separators; none when `dir` is absent. */
function listFiles(dir: string, base: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Read the notes, the page files and the public files of a project, for `checkContent`. */
export function loadContent(root: string, notesDir: string = NOTES_DIR): ContentInput {
	// The notes folder may be given relative to the project or as an absolute path.
	const notesPath = resolve(root, notesDir);
	const notes = listFiles(notesPath, root);
	const pagesDir = join(root, 'src', 'pages');
	const publicDir = join(root, 'public');
	return {
		notesDir: relative(root, notesPath).split(sep).join('/'),
		files: notes.map((path) => ({ path, bytes: readFileSync(join(root, path)) })),
		routes: siteRoutes(listFiles(pagesDir, pagesDir), listFiles(publicDir, publicDir)),
		fileExists: (path) => existsSync(join(root, path)),
	};
}
