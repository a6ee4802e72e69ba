import { execFileSync } from 'node:child_process';
import { getCollection, type CollectionEntry } from 'astro:content';
import { NOTES_DIR } from './consts.ts';
import { contentHash } from './lib/content-hash.ts';
import { gitLogCommand, parseGitLog } from './lib/git-log.ts';
import { groupBySection, type PathNote, type PathSection, sortNotes } from './lib/learning-path.ts';
import { readingMinutes } from './lib/reading-time.ts';

/** A published note with what every page needs to list or link it. */
export interface Note extends PathNote {
	entry: CollectionEntry<'notes'>;
	section: string | undefined;
	minutes: number;
	/** Last change: the newest git commit that touched the file, else `updated`. */
	lastUpdated: Date | undefined;
	/** The file, relative to the repository root, for "Edit this page". */
	file: string;
	/** Fingerprint of the body, so a reader's browser can tell the note changed since they read it. */
	hash: string;
	/** The note's tags: a search filter and words it is found by. */
	tags: readonly string[];
}

let gitDates: Map<string, Date> | undefined;

/** Dates of the newest commit per note file; empty when git or its history is not there. */
function lastCommitDates(): Map<string, Date> {
	if (gitDates) return gitDates;
	try {
		const out = execFileSync('git', gitLogCommand(NOTES_DIR), {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		gitDates = parseGitLog(out);
	} catch {
		gitDates = new Map();
	}
	return gitDates;
}

let cache: Promise<Note[]> | undefined;

/** Every note that is published in this build, in reading order (drafts only in dev). */
export function allNotes(): Promise<Note[]> {
	cache ??= (async () => {
		const entries = await getCollection('notes', (e) => import.meta.env.DEV || !e.data.draft);
		const dates = lastCommitDates();
		const notes = entries.map((entry): Note => {
			const file = entry.filePath ?? `${NOTES_DIR}/${entry.id}.mdx`;
			return {
				entry,
				slug: entry.id,
				title: entry.data.title,
				description: entry.data.description,
				section: entry.data.section,
				order: entry.data.order,
				minutes: readingMinutes(entry.body ?? ''),
				lastUpdated: dates.get(file) ?? entry.data.updated,
				file,
				hash: contentHash(entry.body ?? ''),
				tags: entry.data.tags,
			};
		});
		return sortNotes(notes);
	})();
	return cache;
}

let path: Promise<PathSection<Note>[]> | undefined;

/**
 * The learning path: sections in order, each with its notes. Grouped once per build, like
 * allNotes(): every note page reads it, and grouping sorts all the notes.
 */
export function learningPath(): Promise<readonly PathSection<Note>[]> {
	path ??= allNotes().then(groupBySection);
	return path;
}
