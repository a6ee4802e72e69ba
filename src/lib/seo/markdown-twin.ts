import { parseCodeMeta } from '../code-meta.ts';

/** A note as its Markdown twin needs it: frontmatter fields, its URL and its MDX body. */
export interface TwinInput {
	title: string;
	description: string;
	section?: string | undefined;
	tags?: readonly string[] | undefined;
	lastUpdated?: Date | undefined;
	/** The note page's absolute URL. */
	url: string;
	/** The site's root URL (origin and base), against which `/notes/…` links are resolved. */
	root: URL;
	/** The MDX source without its frontmatter. */
	body: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// A link or image destination that is a site-absolute path: `](/notes/a/#b "title")`.
const INLINE_LINK = /(\]\()(\/(?!\/)[^)\s]*)/g;
// A reference definition whose destination is a site-absolute path: `[a]: /notes/a/`.
const REFERENCE = /^( {0,3}\[[^\]]+\]:\s*<?)(\/(?!\/)[^\s>]*)/;

function absolute(path: string, root: URL): string {
	return new URL(path.slice(1), root).href;
}

/** Make site-absolute links absolute URLs, so they still work once the text leaves the site. */
function rewriteLinks(line: string, root: URL): string {
	// Inline code may show a link's syntax; only the text between code spans is rewritten.
	return line
		.split(/(`+[^`]*`+)/)
		.map((part, i) =>
			i % 2 === 1 ? part : part.replace(INLINE_LINK, (_, open, path) => open + absolute(path, root))
		)
		.join('')
		.replace(REFERENCE, (_, open, path) => open + absolute(path, root));
}

/**
 * Rewrite an MDX body for readers outside the site: links become absolute URLs, and a block
 * marked `nocheck` is preceded by the same "not checked" warning the page shows.
 * Everything inside code blocks is left exactly as written.
 */
export function twinBody(body: string, root: URL): string {
	const out: string[] = [];
	let fence: string | undefined;
	for (const line of body.split('\n')) {
		const match = FENCE.exec(line);
		if (fence) {
			if (match && match[1]!.startsWith(fence) && match[2]!.trim() === '') fence = undefined;
			out.push(line);
		} else if (match) {
			fence = match[1]!;
			const meta = match[2]!.trim().replace(/^\S+\s*/, '');
			if (parseCodeMeta(meta).nocheck)
				out.push('*Not checked: this example is outdated or wrong on purpose.*', '');
			out.push(line);
		} else {
			out.push(rewriteLinks(line, root));
		}
	}
	return out.join('\n');
}

/** The Markdown twin of a note: a short header (title, description, source, date) and its body. */
export function markdownTwin(note: TwinInput): string {
	const facts = [`Source: ${note.url}`];
	if (note.section) facts.push(`Section: ${note.section}`);
	if (note.lastUpdated) facts.push(`Last updated: ${note.lastUpdated.toISOString().slice(0, 10)}`);
	if (note.tags?.length) facts.push(`Tags: ${note.tags.join(', ')}`);
	const body = twinBody(note.body.replace(/^\n+/, ''), note.root).trimEnd();
	return [
		`# ${note.title}`,
		'',
		`> ${note.description}`,
		'',
		facts.join('  \n'),
		'',
		body,
		'',
	].join('\n');
}
