import { dirname, join, normalize } from 'node:path/posix';
import { closest } from '../did-you-mean.ts';
import { noteHref } from '../url.ts';
import type { FileDiagnostic } from './diagnostic.ts';
import { type MdNode, startOf, walk } from './mdast.ts';
import { isProtocolRelative, urlScheme } from '../content-policy/index.ts';

/** A link or image in a note, where it is, and whether the browser or the build resolves it. */
export interface NoteLink {
	url: string;
	/** `image` for Markdown images, which the build resolves against the note's own folder. */
	kind: 'link' | 'image';
	/** Alt text of an image; undefined for links. */
	alt?: string | undefined;
	line: number;
	column: number;
}

/** Collect every link and image URL of a note: Markdown links, images, definitions and JSX `href`/`src`. */
export function collectLinks(tree: MdNode): NoteLink[] {
	const links: NoteLink[] = [];
	walk(tree, (node) => {
		if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
			links.push({ url: node.url, kind: 'link', ...startOf(node) });
		} else if (node.type === 'image' && typeof node.url === 'string') {
			links.push({ url: node.url, kind: 'image', alt: node.alt ?? '', ...startOf(node) });
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const attrs = node.attributes ?? [];
			const value = (name: string) => {
				const v = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
				return typeof v === 'string' ? v : undefined;
			};
			const href = value('href');
			if (href !== undefined) links.push({ url: href, kind: 'link', ...startOf(node) });
			const src = value('src');
			// A JSX <img> is not rewritten by the build: its src is resolved by the browser, like a link.
			if (src !== undefined)
				links.push({
					url: src,
					kind: 'link',
					alt: node.name === 'img' ? (value('alt') ?? '') : undefined,
					...startOf(node),
				});
		}
	});
	return links;
}

/** What a link may point at: the notes with their anchors, the other pages, and files. */
export interface LinkTargets {
	/** Every note by slug, with the ids a `#fragment` may name. */
	notes: ReadonlyMap<string, { anchors: ReadonlySet<string>; draft: boolean }>;
	/** Paths of the other pages and of the files in `public/`: `/`, `/notes/`, `/favicon.svg`. */
	pages: ReadonlySet<string>;
	/** Routes with parameters that cannot be listed (`/tags/[tag]/`); any path they match is accepted. */
	dynamic: readonly RegExp[];
	/** Whether a file exists, by its path from the project root. */
	fileExists(path: string): boolean;
}

/** The note a link is checked from. */
export interface LinkSource {
	/** Path from the project root, e.g. `content/notes/compose/compose.mdx`. */
	file: string;
	/** Its slug, or undefined for a partial. */
	slug: string | undefined;
	draft: boolean;
	anchors: ReadonlySet<string>;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const ANCHOR_HINT =
	'Ids come from the heading text: `## Build cache` is `#build-cache`, a repeated heading gets `-1`';

/** The anchor a mistyped id most likely meant; dashes are compared last, since `--` in a heading vanishes. */
export function closestAnchor(id: string, anchors: Iterable<string>): string | undefined {
	const list = [...anchors];
	const match = closest(id, list);
	if (match) return match;
	const squeeze = (text: string) => text.replace(/[-_]+/g, '');
	const squeezed = closest(squeeze(id), list.map(squeeze));
	return squeezed === undefined
		? list.find((a) => squeeze(a) === squeeze(id))
		: list.find((a) => squeeze(a) === squeezed);
}

/** Report a `#fragment` that names no heading of the target. */
function checkAnchor(
	fragment: string,
	anchors: ReadonlySet<string>,
	where: string
): Omit<FileDiagnostic, 'line' | 'column'> | undefined {
	const id = decode(fragment);
	if (id === '' || anchors.has(id)) return undefined;
	const match = closestAnchor(id, anchors);
	return {
		rule: 'link-anchor',
		severity: 'error',
		message: `${where} has no heading with the id \`#${id}\`${match ? ` (did you mean \`#${match}\`?)` : ''}`,
		fix: match
			? `Write \`#${match}\`. ${ANCHOR_HINT}`
			: `${ANCHOR_HINT}; its ids: ${
					[...anchors]
						.slice(0, 8)
						.map((a) => `#${a}`)
						.join(', ') || 'none'
				}`,
	};
}

/** Check a link that starts with `/`: a note, another page, or a file in `public/`. */
function checkSitePath(path: string, fragment: string, source: LinkSource, targets: LinkTargets) {
	const note = /^\/notes\/([^/]+)(\/?)$/.exec(path);
	if (note) {
		const slug = decode(note[1] ?? '');
		const target = targets.notes.get(slug);
		if (!target) {
			const match = closest(slug, targets.notes.keys());
			return {
				rule: 'link-note',
				severity: 'error' as const,
				message: `No note has the slug \`${slug}\`${match ? ` (did you mean \`${match}\`?)` : ''}`,
				fix: match
					? `Link to \`${noteHref(match)}\``
					: "Check the spelling: a note's slug is its file name without `.mdx`",
			};
		}
		if (note[2] !== '/') {
			return {
				rule: 'link-trailing-slash',
				severity: 'error' as const,
				message: `\`${path}\` lacks the trailing slash that every page URL has`,
				fix: `Write \`${path}/\``,
			};
		}
		if (target.draft && !source.draft) {
			return {
				rule: 'link-draft',
				severity: 'error' as const,
				message: `\`${path}\` is a draft, which is not published`,
				fix: 'Link to it once it is published, or remove `draft: true` from it',
			};
		}
		return checkAnchor(fragment, target.anchors, `The note \`${slug}\``);
	}
	if (targets.pages.has(path) || targets.dynamic.some((route) => route.test(path)))
		return undefined;
	if (targets.pages.has(`${path}/`)) {
		return {
			rule: 'link-trailing-slash',
			severity: 'error' as const,
			message: `\`${path}\` lacks the trailing slash that every page URL has`,
			fix: `Write \`${path}/\``,
		};
	}
	const known = [...targets.pages, ...[...targets.notes.keys()].map((s) => noteHref(s))];
	const match = closest(path, known);
	return {
		rule: 'link-page',
		severity: 'error' as const,
		message: `No page or file of the site is at \`${path}\`${match ? ` (did you mean \`${match}\`?)` : ''}`,
		fix: 'Link to a note as `/notes/<slug>/`; files for download go in `public/` and are linked from `/`',
	};
}

/** Check a relative URL: images must exist next to the note; links must be written from the site root. */
function checkRelative(link: NoteLink, path: string, source: LinkSource, targets: LinkTargets) {
	const onDisk = normalize(join(dirname(source.file), decode(path)));
	if (link.kind === 'image') {
		if (targets.fileExists(onDisk)) return undefined;
		return {
			rule: 'link-file',
			severity: 'error' as const,
			message: `The image \`${path}\` does not exist (looked for \`${onDisk}\`)`,
			fix: "Check the file name and its folder; paths are relative to the note's own file",
		};
	}
	const page = new URL(link.url, `https://site.invalid${noteHref(source.slug ?? 'note')}`).pathname;
	const mdx = /\.mdx?$/.test(path)
		? path
				.split('/')
				.pop()
				?.replace(/\.mdx?$/, '')
		: undefined;
	const suggestion = mdx ? noteHref(mdx) : page;
	return {
		rule: 'link-relative',
		severity: 'error' as const,
		message: `The relative link \`${link.url}\` breaks when the page moves${mdx ? ', and links to a source file rather than its page' : ''}`,
		fix: `Write it from the site root: \`${suggestion}\``,
	};
}

/** Check every link of one note: notes, anchors, pages and files must exist; images need alt text. */
export function checkLinks(
	links: readonly NoteLink[],
	source: LinkSource,
	targets: LinkTargets
): FileDiagnostic[] {
	const found: FileDiagnostic[] = [];
	for (const link of links) {
		const at = { line: link.line, column: link.column };
		if (link.alt !== undefined && link.alt.trim() === '') {
			found.push({
				...at,
				rule: 'image-alt',
				severity: 'error',
				message: `The image \`${link.url}\` has no alt text`,
				fix: 'Describe what it shows between the brackets: `![Layers of an image](./layers.png)`',
			});
		}
		const url = link.url.trim();
		if (url === '') {
			found.push({
				...at,
				rule: 'link-empty',
				severity: 'error',
				message: 'The link has no URL',
				fix: 'Put the target between the parentheses, or remove the link',
			});
			continue;
		}
		// URLs with a scheme and `//host` are judged by the content policy, which allows only some.
		if (urlScheme(url) !== undefined || isProtocolRelative(url)) continue;
		const hashAt = url.indexOf('#');
		const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
		const fragment = hashAt < 0 ? '' : url.slice(hashAt + 1);
		const path = beforeHash.split('?')[0] ?? '';
		const problem =
			path === ''
				? checkAnchor(fragment, source.anchors, 'This note')
				: path.startsWith('/')
					? checkSitePath(path, fragment, source, targets)
					: checkRelative(link, path, source, targets);
		if (problem) found.push({ ...at, ...problem });
	}
	return found;
}
