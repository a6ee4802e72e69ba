import { extname } from 'node:path/posix';
import { IMAGE_EXTENSIONS } from './allowlist.ts';

/** What a path under the notes folder is to the site. */
export type ContentFileKind = 'note' | 'partial' | 'image' | 'other';

/**
 * Classify a file by its path inside the notes folder, the way `src/content.config.ts`'s glob
 * (`**\/[^_]*.mdx`) does: `.mdx` files are notes, `_`-prefixed ones partials.
 */
export function contentFileKind(path: string): ContentFileKind {
	const name = path.split('/').pop() ?? '';
	if (name.endsWith('.mdx')) return name.startsWith('_') ? 'partial' : 'note';
	return IMAGE_EXTENSIONS.includes(extname(name).slice(1).toLowerCase()) ? 'image' : 'other';
}

/** The first hidden part (`.drafts`, `.note.mdx`) of a path, which the site's glob never publishes. */
export function hiddenPart(path: string): string | undefined {
	return path.split('/').find((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** Why a file under `content/` is refused without being read. */
export type RefusedReason = 'symlink' | 'hidden' | 'special';

/** The diagnostic for a refused file, in words for its author. */
export function refusedFile(
	path: string,
	reason: RefusedReason
): { rule: string; message: string; fix: string } {
	switch (reason) {
		case 'symlink':
			return {
				rule: 'file-symlink',
				message:
					'This is a symbolic link: the site would publish whatever it points at, which may be outside the project, so links are refused',
				fix: 'Replace the link with the file itself (copy it here), or delete it',
			};
		case 'hidden':
			return {
				rule: 'file-hidden',
				message: `\`${hiddenPart(path) ?? path}\` starts with a dot, so the site never publishes it, and the checker does not check it`,
				fix: 'Rename it without the leading dot; a note kept out of the site on purpose gets `draft: true` instead',
			};
		case 'special':
			return {
				rule: 'file-special',
				message: 'This is not a regular file (a device, socket or pipe)',
				fix: 'Delete it',
			};
	}
}
