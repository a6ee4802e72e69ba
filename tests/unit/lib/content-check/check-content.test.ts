import { expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../../../src/lib/content-check/check-content';

const file = (path: string, text: string): ContentFile => ({
	path: `content/notes/${path}`,
	bytes: new TextEncoder().encode(text),
});
const note = (title: string, body = 'Text.\n', extra = '') =>
	`---\ntitle: ${title}\ndescription: D.\n${extra}---\n\n${body}`;
const check = (...files: ContentFile[]) =>
	checkContent({
		notesDir: 'content/notes',
		files,
		routes: { pages: new Set(['/']), dynamic: [] },
	}).diagnostics.map((d) => `${d.file.slice(14)}:${d.line} ${d.rule}`);

test('a file name that is not a URL part is reported, unless the note sets its own slug', () => {
	expect(check(file('Bind Mounts.mdx', note('A')))).toEqual(['Bind Mounts.mdx:1 file-name']);
	expect(check(file('Bind Mounts.mdx', note('A', 'Text.\n', 'slug: bind-mounts\n')))).toEqual([]);
	const [d] = checkContent({
		notesDir: 'content/notes',
		files: [file('Déjà Vu.mdx', note('A'))],
		routes: { pages: new Set(), dynamic: [] },
	}).diagnostics;
	expect(d?.fix).toContain('`deja-vu.mdx`');
});

test('a duplicate slug set in the frontmatter is reported at the slug line of both files', () => {
	const a = file('a/volumes.mdx', note('A'));
	const b = file('b/other.mdx', note('B', 'slug: not-the-frontmatter\n', 'slug: volumes\n'));
	expect(check(a, b)).toEqual(['a/volumes.mdx:1 duplicate-slug', 'b/other.mdx:4 duplicate-slug']);
});

test('section pages exist for the sections that have published notes', () => {
	const a = file(
		'a.mdx',
		note(
			'A',
			'[b](/sections/foundations/) [c](/sections/orchestration/) [d](/sections/more-notes/)\n',
			'section: Foundations\n'
		)
	);
	const b = file('b.mdx', note('B'));
	expect(check(a, b)).toEqual(['a.mdx:7 link-page']);
});

test('a published note may not link to a draft; a draft may link anywhere', () => {
	const draft = file('draft.mdx', note('Draft', '[a](/notes/a/)\n', 'draft: true\n'));
	expect(check(file('a.mdx', note('A', '[d](/notes/draft/)\n')), draft)).toEqual([
		'a.mdx:6 link-draft',
	]);
});

test('a partial needs no frontmatter but follows the body rules, and is no link target', () => {
	expect(check(file('_aside.mdx', 'Aside with <script>x</script>.\n'))).toEqual([
		'_aside.mdx:1 mdx-element',
	]);
	expect(
		check(file('a.mdx', note('A', '[x](/notes/_aside/)\n')), file('_aside.mdx', 'Aside.\n'))
	).toEqual(['a.mdx:6 link-note']);
});

test('a file with a syntax error still gets its frontmatter checked', () => {
	expect(check(file('a.mdx', '---\ntitle: A\n---\n\n<details>\n'))).toEqual([
		'a.mdx:1 frontmatter-missing',
		'a.mdx:5 mdx-syntax',
	]);
});

test('symbolic links and hidden files under the notes folder are reported, never skipped', () => {
	const report = checkContent({
		notesDir: 'content/notes',
		files: [file('a.mdx', note('A'))],
		refused: [
			{ path: 'content/notes/linked.mdx', reason: 'symlink' },
			{ path: 'content/notes/.drafts', reason: 'hidden' },
		],
		routes: { pages: new Set(['/']), dynamic: [] },
	});
	expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
		'content/notes/.drafts:1 file-hidden',
		'content/notes/linked.mdx:1 file-symlink',
	]);
});

test('a file used as an image must be an image file; an image no note uses is reported', () => {
	expect(check(file('a.mdx', note('A', '![x](./payload.js)\n')), file('payload.js', 'x'))).toEqual([
		'a.mdx:6 image-type',
		'payload.js:1 file-not-a-note',
	]);
	const png = (path: string): ContentFile => ({
		path: `content/notes/${path}`,
		bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	});
	expect(
		check(file('a.mdx', note('A', '![x](./ok.png)\n')), png('ok.png'), png('unused.png'))
	).toEqual(['unused.png:1 file-not-a-note']);
});

test('an SVG image next to the note is read and judged by the policy', () => {
	const evil = file(
		'evil.svg',
		'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
	);
	const good = file(
		'good.svg',
		'<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
	);
	expect(
		check(file('a.mdx', note('A', '![x](./evil.svg) ![y](./good.svg)\n')), evil, good)
	).toEqual(['a.mdx:6 image-svg']);
});

test('20,000 nested blockquotes and a 1 MiB line are errors naming the file, not crashes', () => {
	expect(check(file('deep.mdx', note('Deep', `${'> '.repeat(20_000)}x\n`)))).toEqual([
		'deep.mdx:6 nesting-depth',
	]);
	expect(
		check(file('emphasis.mdx', note('Deep', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`)))
	).toEqual(['emphasis.mdx:6 nesting-depth']);
	expect(check(file('long.mdx', note('Long', `${'a'.repeat(1024 * 1024)}\n`)))).toEqual([
		'long.mdx:1 file-size',
	]);
});

test('a failure inside the checks is reported on the file, and the other files are still checked', () => {
	const report = checkContent({
		notesDir: 'content/notes',
		files: [
			file('a.mdx', note('A', '![x](../images/x.svg)\n')),
			file('b.mdx', note('B', '<script>x</script>\n')),
		],
		routes: { pages: new Set(['/']), dynamic: [] },
		readFile: () => {
			throw new Error('the disk went away');
		},
	});
	expect(report.diagnostics.map((d) => `${d.file.slice(14)}:${d.line} ${d.rule}`)).toEqual([
		'a.mdx:1 checker-failed',
		'b.mdx:6 mdx-element',
	]);
	expect(report.diagnostics[0]?.message).toContain('the disk went away');
});

test('the good content passes the checker: CRLF, right-to-left headings, 50,000 headings, a 300 KB line, dangerous text in code', () => {
	const crlf = note('Windows', '## First part\n\nText.\n').replace(/\n/g, '\r\n');
	const rtl = note('RTL', '## مرحبا بالعالم\n\n[back](#مرحبا-بالعالم)\n');
	const many = note('Many', '## h\n\n'.repeat(50_000));
	const long = note('Long', `## Long\n\n${'word '.repeat(60_000)}\n`);
	const code = note(
		'Code',
		'Write `<script>`, `onerror=`, `javascript:`, `{}` and `<Angle />`.\n\n```html\n<script>alert(1)</script>\n<Angle /> {x}\n```\n'
	);
	expect(
		check(
			file('crlf.mdx', crlf),
			file('rtl.mdx', rtl),
			file('many.mdx', many),
			file('long.mdx', long),
			file('code.mdx', code)
		)
	).toEqual([]);
});

test('a "Check yourself" question that cannot become a review card is reported at its line in the file', () => {
	const question = (summary: string) =>
		`## Check yourself\n\n<details>\n<summary>${summary}</summary>\n\nAn answer with \`code\`.\n\n</details>\n`;
	expect(check(file('a.mdx', note('A', question('Why?'))))).toEqual([]);
	// Line 8: the question written as a paragraph, not a <details> card.
	expect(check(file('a.mdx', note('A', '## Check yourself\n\nWhy is it so?\n')))).toEqual([
		'a.mdx:8 review-card',
	]);
});
