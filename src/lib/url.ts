/** Prefix a site-absolute path with the deploy base (`/` locally, `/repo/` on a Pages sub-path). */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	if (trimmed && (path === trimmed || path.startsWith(`${trimmed}/`))) return path;
	return `${trimmed}${path}`;
}

/** The URL of a note's page. */
export function noteHref(slug: string, base = '/'): string {
	return withBase(`/notes/${slug}/`, base);
}

/** The URL of a note's Markdown twin, its source for readers who feed notes to tools. */
export function noteMarkdownHref(slug: string, base = '/'): string {
	return withBase(`/notes/${slug}.md`, base);
}

/** The "Edit this page" URL of a file in the repository. */
export function editUrl(repoUrl: string, branch: string, file: string): string {
	return `${repoUrl.replace(/\/$/, '')}/edit/${branch}/${file.replace(/^\.?\//, '')}`;
}
