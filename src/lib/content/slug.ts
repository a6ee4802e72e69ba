/** The slug of a note: its `slug` field, or its file name without folders and extension. */
export function noteSlug(entryPath: string, data: { slug?: unknown }): string {
	if (typeof data.slug === 'string' && data.slug.length > 0) return data.slug;
	const file = entryPath.split(/[\\/]/).pop() ?? entryPath;
	return file.replace(/\.mdx?$/i, '');
}

/** Remembers which file claimed which slug, and refuses a second file with the same one. */
export function createSlugRegistry() {
	const owners = new Map<string, string>();
	return {
		/** Record `slug` for `file`; throws an error that names both files when it is taken. */
		claim(slug: string, file: string): string {
			const owner = owners.get(slug);
			if (owner !== undefined && owner !== file) {
				throw new Error(
					`Two notes have the slug "${slug}": ${owner} and ${file}. ` +
						'Every note needs its own URL: rename one file or give it a different `slug:` in its frontmatter.'
				);
			}
			owners.set(slug, file);
			return slug;
		},
	};
}
