import { dirname, join, normalize, relative } from 'node:path/posix';
import { UNSECTIONED, sectionSlug } from '../content/sections.ts';
import { slugFromTitle } from '../content/new-note.ts';
import { noteSlug } from '../content/slug.ts';
import { type CodeBlockEntry, checkCodeBlocks } from './code-fences.ts';
import {
	type ContentDiagnostic,
	type FileDiagnostic,
	inFile,
	sortContentDiagnostics,
} from './diagnostic.ts';
import { checkFileBytes } from './file-bytes.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { splitFrontmatter } from './frontmatter-split.ts';
import { checkHeadings, elementIds, noteHeadings } from './headings.ts';
import { checkLinks, collectLinks, type NoteLink } from './links.ts';
import { parseMdx } from './parse-mdx.ts';
import { checkProseDashes } from './prose-dashes.ts';
import { extractCards } from '../review/cards.ts';
import { noteHref } from '../url.ts';
import type { SiteRoutes } from './site-routes.ts';
import {
	checkNotePolicy,
	checkSourceLimits,
	contentFileKind,
	type PolicyContext,
	type RefusedReason,
	refusedFile,
} from '../content-policy/index.ts';

/** One file found under the notes folder. */
export interface ContentFile {
	/** Path from the project root, with `/` separators: `content/notes/compose/compose.mdx`. */
	path: string;
	bytes: Uint8Array;
}

/** Everything the checker needs, already read from disk: it never touches the file system itself. */
export interface ContentInput {
	/** The notes folder, from the project root: `content/notes`. */
	notesDir: string;
	/** Every file under the notes folder. */
	files: readonly ContentFile[];
	/** The site's other pages and public files. */
	routes: SiteRoutes;
	/** Whether a file outside the notes folder exists, by its path from the project root. */
	fileExists?: (path: string) => boolean;
	/** The bytes of a regular file by its path from the project root (for images), or undefined. */
	readFile?: (path: string) => Uint8Array | undefined;
	/** Whether a file is a regular file, absent, or refused (a link, or reached through one). */
	fileStatus?: (path: string) => 'file' | 'missing' | 'refused';
	/** Files under the notes folder that were not read: symbolic links, hidden files, devices. */
	refused?: readonly { path: string; reason: RefusedReason }[];
}

/** What the checker learnt about one note, for the example-health report. */
export interface NoteReport {
	file: string;
	blocks: CodeBlockEntry[];
}

/** The result of one run: every problem of every file, and the code blocks seen. */
export interface ContentReport {
	diagnostics: ContentDiagnostic[];
	notes: NoteReport[];
	/** How many `.mdx` files were read. */
	noteCount: number;
}

/** What the first pass keeps of a parsed note, for the checks that need every note. */
interface ParsedNote {
	file: string;
	slug: string | undefined;
	draft: boolean;
	section: unknown;
	slugLine: number;
	anchors: Set<string>;
	links: NoteLink[];
}

/** A file name that is already a valid slug: lowercase letters, digits, single dashes. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read, parse and check one `.mdx` file; everything that needs only this file is reported here. */
function checkNoteFile(
	file: ContentFile,
	input: ContentInput,
	files: Pick<PolicyContext, 'readFile' | 'fileStatus'>,
	diagnostics: FileDiagnostic[]
): (Omit<ParsedNote, 'file'> & { blocks: CodeBlockEntry[] }) | undefined {
	const { text, diagnostics: byteProblems } = checkFileBytes(file.bytes);
	diagnostics.push(...byteProblems);
	if (text === undefined) return undefined;
	const { notesDir } = input;
	const local = relative(notesDir, file.path);
	const partial = local.split('/').pop()?.startsWith('_') ?? false;
	const frontmatter = checkFrontmatter(text);
	// A partial is never a page: it needs no title, only the body rules.
	if (!partial) diagnostics.push(...frontmatter.diagnostics);
	const raw = frontmatter.raw ?? {};
	let slug: string | undefined;
	if (!partial) {
		slug = noteSlug(local, raw);
		const name =
			local
				.split('/')
				.pop()
				?.replace(/\.mdx$/, '') ?? '';
		if (typeof raw.slug !== 'string' && !SLUG.test(name)) {
			diagnostics.push({
				line: 1,
				rule: 'file-name',
				severity: 'error',
				message: `The file name \`${name}.mdx\` is not a valid URL part: it becomes the note's address`,
				fix: `Rename it in lowercase with dashes, e.g. \`${slugFromTitle(name) ?? 'my-note'}.mdx\``,
			});
		}
	}
	const base = {
		slug,
		draft: raw.draft === true,
		section: raw.section,
		slugLine: 1,
		anchors: new Set<string>(),
		links: [] as NoteLink[],
		blocks: [] as CodeBlockEntry[],
	};
	// A note too large or too deeply nested for the parser is refused before it is parsed.
	const limit = checkSourceLimits(text, file.bytes.length);
	if (limit) {
		diagnostics.push({ ...limit, severity: 'error' });
		return base;
	}
	const parsed = parseMdx(text);
	if ('error' in parsed) {
		diagnostics.push(parsed.error);
		return base;
	}
	const { tree } = parsed;
	const policy = checkNotePolicy(tree, {
		file: file.path,
		contentDir: dirname(notesDir),
		source: text,
		...files,
	});
	diagnostics.push(...policy);
	// The other checks walk the tree recursively; one too deep for the policy is not walked again.
	if (policy.some((p) => p.rule === 'nesting-depth')) return base;
	diagnostics.push(...checkProseDashes(tree, text));
	const headings = noteHeadings(tree);
	diagnostics.push(...checkHeadings(headings));
	const code = checkCodeBlocks(tree);
	diagnostics.push(...code.diagnostics);
	const block = splitFrontmatter(text);
	// Each "Check yourself" question becomes a review card (src/lib/review/cards.ts); one that
	// cannot is reported here, at its line in the file (the cards are read from below the frontmatter).
	if (!partial && typeof block !== 'string') {
		const body = text.split('\n').slice(block.closingLine).join('\n');
		const title = typeof raw.title === 'string' ? raw.title : '';
		for (const problem of extractCards(body, { slug: slug ?? '', title }).problems) {
			diagnostics.push({
				line: problem.line + block.closingLine,
				rule: 'review-card',
				severity: 'error',
				message: problem.message,
				fix: 'Write each question as `<details>` with a one-line `<summary>`, and its answer as plain text and `inline code` (CONTRIBUTING.md, "Check yourself")',
			});
		}
	}
	// The `slug:` line, looked for only inside the frontmatter block.
	const lines = typeof block === 'string' ? [] : text.split('\n').slice(0, block.closingLine);
	const slugLine = lines.findIndex((line) => /^slug\s*:/.test(line)) + 1;
	return {
		...base,
		slugLine: slugLine > 0 ? slugLine : 1,
		anchors: new Set([...headings.map((h) => h.id), ...elementIds(tree)]),
		links: collectLinks(tree),
		blocks: code.blocks,
	};
}

/** The file a relative URL names, from the project root. */
function localPath(from: string, url: string): string {
	const path = url.split(/[?#]/)[0] ?? '';
	let decoded = path;
	try {
		decoded = decodeURI(path);
	} catch {
		// A malformed escape stays as written; the link check reports the missing file.
	}
	return normalize(join(dirname(from), decoded));
}

/** Report two notes with one slug, on both files. */
function duplicateSlugs(notes: readonly ParsedNote[]): ContentDiagnostic[] {
	const bySlug = new Map<string, ParsedNote[]>();
	for (const note of notes) {
		if (note.slug === undefined) continue;
		bySlug.set(note.slug, [...(bySlug.get(note.slug) ?? []), note]);
	}
	const found: ContentDiagnostic[] = [];
	for (const [slug, owners] of bySlug) {
		if (owners.length < 2) continue;
		for (const note of owners) {
			const others = owners
				.filter((o) => o !== note)
				.map((o) => o.file)
				.join(' and ');
			found.push({
				file: note.file,
				line: note.slugLine,
				column: 1,
				rule: 'duplicate-slug',
				severity: 'error',
				message: `This note and ${others} both have the slug \`${slug}\`, so one would hide the other at ${noteHref(slug)}`,
				fix: 'Rename one of the files, or give one a different `slug:` in its frontmatter',
			});
		}
	}
	return found;
}

/** Check every file under the notes folder and report all problems of all files at once. */
export function checkContent(input: ContentInput): ContentReport {
	const diagnostics: ContentDiagnostic[] = [];
	const parsed: ParsedNote[] = [];
	const reports: NoteReport[] = [];
	const others: ContentFile[] = [];
	const byPath = new Map(input.files.map((f) => [f.path, f]));
	const readFile = (path: string) => byPath.get(path)?.bytes ?? input.readFile?.(path);
	for (const { path, reason } of input.refused ?? []) {
		diagnostics.push({
			file: path,
			line: 1,
			column: 1,
			severity: 'error',
			...refusedFile(path, reason),
		});
	}
	for (const file of input.files) {
		if (!file.path.endsWith('.mdx')) {
			others.push(file);
			continue;
		}
		const found: FileDiagnostic[] = [];
		let note: ReturnType<typeof checkNoteFile>;
		try {
			note = checkNoteFile(
				file,
				input,
				{
					readFile,
					fileStatus: (path) => (byPath.has(path) ? 'file' : (input.fileStatus?.(path) ?? 'file')),
				},
				found
			);
		} catch (error) {
			// A file the checks cannot handle is still named, never a bare stack trace for the whole run.
			found.push({
				line: 1,
				rule: 'checker-failed',
				severity: 'error',
				message: `The checker could not finish this file (${error instanceof Error ? error.name : 'error'}: ${String(error instanceof Error ? error.message : error).slice(0, 120)})`,
				fix: 'Look for something unusual in it (very deep nesting, a huge table); if it is an ordinary note, report it as a bug in the checker',
			});
			note = undefined;
		}
		diagnostics.push(...inFile(file.path, found));
		if (!note) continue;
		parsed.push({ ...note, file: file.path });
		reports.push({ file: file.path, blocks: note.blocks });
	}
	diagnostics.push(...duplicateSlugs(parsed));

	const published = parsed.filter((n) => n.slug !== undefined && !n.draft);
	const pages = new Set(input.routes.pages);
	for (const note of published) {
		pages.add(
			`/sections/${sectionSlug(typeof note.section === 'string' ? note.section : UNSECTIONED)}/`
		);
	}
	const notes = new Map(
		parsed.flatMap((n) =>
			n.slug === undefined ? [] : [[n.slug, { anchors: n.anchors, draft: n.draft }] as const]
		)
	);
	const inNotes = new Set(input.files.map((f) => f.path));
	const fileExists = (path: string) => inNotes.has(path) || (input.fileExists?.(path) ?? false);
	const targets = { notes, pages, dynamic: input.routes.dynamic, fileExists };
	const used = new Set<string>();
	for (const note of parsed) {
		diagnostics.push(
			...inFile(
				note.file,
				checkLinks(
					note.links,
					{ file: note.file, slug: note.slug, draft: note.draft, anchors: note.anchors },
					targets
				)
			)
		);
		// Files next to notes are fine when a note shows them as images.
		for (const link of note.links) {
			if (link.kind === 'image' && !/^[a-z][a-z\d+.-]*:|^[/#]/i.test(link.url))
				used.add(localPath(note.file, link.url));
		}
	}
	for (const file of others) {
		if (used.has(file.path) && contentFileKind(file.path) === 'image') continue;
		const markdown = /\.md$/i.test(file.path);
		diagnostics.push({
			file: file.path,
			line: 1,
			column: 1,
			rule: 'file-not-a-note',
			severity: 'error',
			message: markdown
				? 'This Markdown file is not published: only `.mdx` files are notes'
				: 'This file is not a note, and no note uses it as an image',
			fix: markdown
				? 'Rename it to `.mdx`'
				: 'Move it out of content/notes (downloads go in public/), or delete it',
		});
	}
	const noteCount = input.files.length - others.length;
	return { diagnostics: sortContentDiagnostics(diagnostics), notes: reports, noteCount };
}
