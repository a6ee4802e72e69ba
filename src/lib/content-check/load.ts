import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { NOTES_DIR } from '../../consts.ts';
import type { RefusedReason } from '../content-policy/index.ts';
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
function listNotes(
	dir: string,
	root: string
): { files: string[]; refused: { path: string; reason: RefusedReason }[] } {
	const files: string[] = [];
	const refused: { path: string; reason: RefusedReason }[] = [];
	const toPath = (full: string) => relative(root, full).split(sep).join('/');
	if (!existsSync(dir)) return { files, refused };
	// Walked by hand: Node's recursive readdir descends into linked folders, even in a loop.
	const folders = [dir];
	for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			// A hidden file or folder is reported once, and a hidden folder is not entered.
			if (entry.name.startsWith('.')) refused.push({ path: toPath(full), reason: 'hidden' });
			else if (entry.isSymbolicLink()) refused.push({ path: toPath(full), reason: 'symlink' });
			else if (entry.isDirectory()) folders.push(full);
			else if (entry.isFile()) files.push(toPath(full));
			else refused.push({ path: toPath(full), reason: 'special' });
		}
	}
	return { files: files.sort(), refused: refused.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** Whether a path inside the project is a regular file that no symbolic link leads to. */
export function fileStatus(root: string, path: string): 'file' | 'missing' | 'refused' {
	const full = resolve(root, path);
	try {
		const regular =
			lstatSync(full).isFile() &&
			realpathSync(full) === realpathSync(root) + full.slice(resolve(root).length);
		return regular ? 'file' : 'refused';
	} catch {
		return 'missing';
	}
}

/** The bytes of a regular file inside the project that no symbolic link leads to, or undefined. */
export function readRegularFile(root: string, path: string): Uint8Array | undefined {
	return fileStatus(root, path) === 'file' ? readFileSync(resolve(root, path)) : undefined;
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
		readFile: (path) => readRegularFile(root, path),
		fileStatus: (path) => fileStatus(root, path),
	};
}
