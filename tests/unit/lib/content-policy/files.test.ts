import { expect, test } from 'vitest';
import { contentFileKind, hiddenPart, refusedFile } from '../../../../src/lib/content-policy';

test("classifies files as the site's glob does", () => {
	expect(contentFileKind('compose/compose.mdx')).toBe('note');
	expect(contentFileKind('compose/_aside.mdx')).toBe('partial');
	expect(contentFileKind('compose/layers.PNG')).toBe('image');
	expect(contentFileKind('compose/payload.js')).toBe('other');
	expect(contentFileKind('compose/readme.md')).toBe('other');
});

test('finds the hidden part of a path, which is never published', () => {
	expect(hiddenPart('.drafts/note.mdx')).toBe('.drafts');
	expect(hiddenPart('compose/.note.mdx')).toBe('.note.mdx');
	expect(hiddenPart('compose/note.mdx')).toBeUndefined();
});

test('explains refused files with a fix', () => {
	expect(refusedFile('content/notes/a.mdx', 'symlink')).toMatchObject({
		rule: 'file-symlink',
		fix: expect.stringContaining('copy it here'),
	});
	expect(refusedFile('content/notes/.drafts', 'hidden')).toMatchObject({
		rule: 'file-hidden',
		message: expect.stringContaining('`.drafts`'),
	});
});
