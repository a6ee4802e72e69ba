import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { NOTES_DIR } from '../../consts.ts';
import { hiddenPart, type RefusedReason } from '../content-policy/index.ts';
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

/**
 * Every entry under the notes folder, sorted: the regular files to read, and those refused
 * unread. A symbolic link is refused (the site would publish what it points at, possibly
 * outside the project), and so is anything hidden (the site's glob never publishes it).
 */
function listNotes(dir: string, root: string): { files: string[]; refused: { path: string; reason: RefusedReason }[] } {
	const files: string[] = [];
	const refused = new Map<string, RefusedReason>();
	if (!existsSync(dir)) return { files, refused: [] };
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
		const inside = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
		const hidden = hiddenPart(inside);
		if (hidden !== undefined) {
			// A hidden folder is reported once, not once per file in it.
			const at = inside.split('/').indexOf(hidden);
			const top = relative(root, join(dir, ...inside.split('/').slice(0, at + 1))).split(sep).join('/');
			if (!refused.has(top)) refused.set(top, 'hidden');
		} else if (entry.isSymbolicLink()) refused.set(path, 'symlink');
		else if (entry.isFile()) files.push(path);
		else if (!entry.isDirectory()) refused.set(path, 'special');
	}
	return { files: files.sort(), refused: [...refused].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** The text of a regular file inside the project that no symbolic link leads to, or undefined. */
export function readRegularFile(root: string, path: string): string | undefined {
	const full = resolve(root, path);
	try {
		if (!lstatSync(full).isFile() || realpathSync(full) !== realpathSync(root) + full.slice(resolve(root).length)) return undefined;
		return readFileSync(full, 'utf8');
	} catch {
		return undefined;
	}
}

/** Read the notes, the page files and the public files of a project, for `checkContent`. */
export function loadContent(root: string, notesDir: string = NOTES_DIR): ContentInput {
	// The notes folder may be given relative to the project or as an absolute path.
	const notesPath = resolve(root, notesDir);
	const notes = listNotes(notesPath, root);
	const pagesDir = join(root, 'src', 'pages');
	const publicDir = join(root, 'public');
	return {
		notesDir: relative(root, notesPath).split(sep).join('/'),
		files: notes.files.map((path) => ({ path, bytes: readFileSync(join(root, path)) })),
		refused: notes.refused,
		routes: siteRoutes(listFiles(pagesDir, pagesDir), listFiles(publicDir, publicDir)),
		fileExists: (path) => existsSync(join(root, path)),
		readText: (path) => readRegularFile(root, path),
	};
}
