/** The marker that starts each commit in the output of `gitLogCommand`. */
const COMMIT_MARKER = '@@commit ';

/** The git arguments whose output `parseGitLog` reads: one date per commit, then its files. */
export function gitLogCommand(dir: string): string[] {
	return ['log', `--format=${COMMIT_MARKER}%cI`, '--name-only', '--no-renames', '--', dir];
}

/** Map each file to the date of the newest commit that touched it (git prints newest first). */
export function parseGitLog(output: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let current: Date | undefined;
	for (const raw of output.split('\n')) {
		const line = raw.trim();
		if (line.startsWith(COMMIT_MARKER)) {
			const date = new Date(line.slice(COMMIT_MARKER.length));
			current = Number.isNaN(date.getTime()) ? undefined : date;
		} else if (line && current && !dates.has(line)) {
			dates.set(line, current);
		}
	}
	return dates;
}
