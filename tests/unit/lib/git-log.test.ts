import { expect, test } from 'vitest';
import { gitLogCommand, parseGitLog } from '../../../src/lib/git-log';

test('keeps the newest commit date of each file', () => {
	const out = [
		'@@commit 2026-11-20T10:00:00+00:00',
		'',
		'content/notes/a.mdx',
		'@@commit 2026-10-01T10:00:00+00:00',
		'',
		'content/notes/a.mdx',
		'content/notes/b.mdx',
	].join('\n');
	const dates = parseGitLog(out);
	expect(dates.get('content/notes/a.mdx')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
	expect(dates.get('content/notes/b.mdx')?.toISOString()).toBe('2026-10-01T10:00:00.000Z');
});

test('ignores files listed under an unreadable date', () => {
	expect(parseGitLog('@@commit not-a-date\ncontent/notes/a.mdx').size).toBe(0);
});

test('asks git for one date per commit and its files', () => {
	expect(gitLogCommand('content/notes')).toContain('--name-only');
	expect(gitLogCommand('content/notes').at(-1)).toBe('content/notes');
});
