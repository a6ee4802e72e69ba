import { expect, test } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { nextOrder, noteTemplate, resolveSection, sectionFolder, slugFromTitle } from '../../../../src/lib/content/new-note';

test('a section is found by its name in any case, its URL part or its folder', () => {
	expect(resolveSection('building images')).toBe('Building images');
	expect(resolveSection('running-many-containers')).toBe('Running many containers');
	expect(resolveSection('many-containers', new Map([['many-containers', 'Running many containers']]))).toBe('Running many containers');
	expect(resolveSection('Basics')).toBeUndefined();
});

test('a slug is the title in lowercase ASCII with single dashes', () => {
	expect(slugFromTitle('Bind mounts & tmpfs')).toBe('bind-mounts-tmpfs');
	expect(slugFromTitle('  Déjà vu: COPY --link!  ')).toBe('deja-vu-copy-link');
	expect(slugFromTitle('日本語')).toBeUndefined();
});

test('the next order follows the highest in the section', () => {
	expect(nextOrder([1, 3, undefined, 2])).toBe(4);
	expect(nextOrder([2.5])).toBe(3);
	expect(nextOrder([])).toBe(1);
});

test('a new note goes in the folder its section\'s notes use', () => {
	const notes = [
		{ folder: 'many-containers', section: 'Running many containers' },
		{ folder: 'foundations', section: 'Foundations' },
	];
	expect(sectionFolder('Running many containers', notes)).toBe('many-containers');
	expect(sectionFolder('Orchestration', notes)).toBe('orchestration');
});

test('the template passes the content checker as it is, with a title that needs quoting', () => {
	const text = noteTemplate({ title: 'Compose: "profiles"', section: 'Running many containers', order: 2 });
	expect(text).toContain('title: "Compose: \\"profiles\\""');
	expect(text).toContain('## Check yourself');
	const report = checkContent({
		notesDir: 'content/notes',
		files: [{ path: 'content/notes/many-containers/profiles.mdx', bytes: new TextEncoder().encode(text) }],
		routes: { pages: new Set(), dynamic: [] },
	});
	expect(report.diagnostics).toEqual([]);
});
