import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from '../../../../src/lib/content-check/frontmatter';
import { splitFrontmatter } from '../../../../src/lib/content-check/frontmatter-split';

const note = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;

describe('the frontmatter block', () => {
	test('is found between the first two --- lines', () => {
		expect(splitFrontmatter('---\ntitle: x\r\n---\nbody')).toEqual({
			yaml: 'title: x',
			firstLine: 2,
			closingLine: 3,
		});
	});

	test('a missing, unclosed or TOML block is reported on line 1', () => {
		expect(checkFrontmatter('Just text.').diagnostics).toEqual([
			expect.objectContaining({
				rule: 'frontmatter-block',
				line: 1,
				message: expect.stringContaining('no frontmatter'),
			}),
		]);
		expect(checkFrontmatter('---\ntitle: x\n\nBody').diagnostics[0]?.message).toContain(
			'not closed'
		);
		expect(checkFrontmatter('+++\ntitle = "x"\n+++\n').diagnostics[0]?.message).toContain('TOML');
	});
});

test('a valid frontmatter gives the data with defaults and no diagnostics', () => {
	const result = checkFrontmatter(
		note('title: "Café: déjà vu"\ndescription: D\nsection: Foundations\norder: 2\ntags: [a]')
	);
	expect(result.diagnostics).toEqual([]);
	expect(result.data).toMatchObject({ title: 'Café: déjà vu', draft: false, order: 2 });
});

test('malformed YAML names the line in the note file and suggests quotes', () => {
	const { diagnostics } = checkFrontmatter(note('description: D\ntitle: Compose: the basics'));
	expect(diagnostics).toEqual([
		expect.objectContaining({ rule: 'frontmatter-yaml', line: 3, column: 8 }),
	]);
	expect(diagnostics[0]?.fix).toContain('title: "Compose: the basics"');
});

test('a field indented too far is reported at its own line in the note, not the line above', () => {
	const { diagnostics } = checkFrontmatter(note('title: Volumes\n  description: Keep data'));
	expect(diagnostics).toEqual([
		expect.objectContaining({ rule: 'frontmatter-yaml', line: 3, column: 3 }),
	]);
	expect(diagnostics[0]?.message).toContain(
		'`description:` is indented more than `title:` on line 2'
	);
	expect(checkFrontmatter(note('title: Volumes\ndescription: Keep data')).diagnostics).toEqual([]);
});

test('a field that appears twice is reported at its second line', () => {
	const { diagnostics } = checkFrontmatter(note('title: A\ndescription: D\ntitle: B'));
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-yaml',
			line: 4,
			message: expect.stringContaining('appears twice'),
		}),
	]);
});

test('a missing required field is reported with an example line', () => {
	const { diagnostics } = checkFrontmatter(note('description: D'));
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-missing',
			line: 1,
			message: expect.stringContaining('no `title`'),
			fix: expect.stringContaining('title: "'),
		}),
	]);
});

test('an empty field and an empty list item are reported at their own lines', () => {
	const { diagnostics } = checkFrontmatter(
		note('title: "  "\ndescription:\ntags:\n  - ok\n  - ""')
	);
	expect(diagnostics).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ rule: 'frontmatter-empty', line: 2, message: '`title` is empty' }),
			expect.objectContaining({
				rule: 'frontmatter-empty',
				line: 3,
				message: '`description` is empty',
			}),
			expect.objectContaining({
				rule: 'frontmatter-empty',
				line: 6,
				message: 'item 2 of `tags` is empty',
			}),
		])
	);
});

test('wrong types are described in words, with the value that was found', () => {
	const { diagnostics } = checkFrontmatter(
		note('title: T\ndescription: D\norder: "3"\ntags: docker\ndraft: yes\nupdated: soon')
	);
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-type',
			line: 4,
			message: '`order` must be a number, but here it is text ("3")',
			fix: 'Write it like this: `order: 3`',
		}),
		expect.objectContaining({
			rule: 'frontmatter-type',
			line: 5,
			message: '`tags` must be a list, but here it is text ("docker")',
		}),
		expect.objectContaining({
			rule: 'frontmatter-type',
			line: 6,
			message: '`draft` must be `true` or `false`, but here it is text ("yes")',
		}),
		expect.objectContaining({
			rule: 'frontmatter-type',
			line: 7,
			message: expect.stringContaining('"soon", which is not a date'),
		}),
	]);
});

test('an unknown key suggests the closest known one: tag → tags', () => {
	const { diagnostics } = checkFrontmatter(
		note('title: T\ndescription: D\ntag: [docker]\ncolour: blue')
	);
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-unknown-key',
			line: 4,
			message: '`tag` is not a frontmatter field (did you mean `tags`?)',
		}),
		expect.objectContaining({
			rule: 'frontmatter-unknown-key',
			line: 5,
			message: '`colour` is not a frontmatter field',
			fix: expect.stringContaining('`title`, `description`'),
		}),
	]);
});

test('a section that is not in the path lists the sections and suggests the closest', () => {
	const { diagnostics } = checkFrontmatter(note('title: T\ndescription: D\nsection: Orchestraton'));
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-value',
			line: 4,
			message: expect.stringContaining('(did you mean "Orchestration"?)'),
			fix: expect.stringContaining('Foundations, Building images'),
		}),
	]);
});

test("a slug that is not lowercase-with-dashes uses the schema's own words", () => {
	const { diagnostics } = checkFrontmatter(note('title: T\ndescription: D\nslug: My Note'));
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'frontmatter-value',
			line: 4,
			message: expect.stringContaining('lowercase letters, digits and single dashes'),
		}),
	]);
});

test('a title over 120 characters and a description over 300 are errors; their twins at the limit pass', () => {
	const fm = (title: string, description: string) =>
		`---\ntitle: "${title}"\ndescription: "${description}"\n---\n`;
	expect(
		checkFrontmatter(fm('t'.repeat(121), 'd'.repeat(301))).diagnostics.map((d) => [
			d.line,
			d.message,
		])
	).toEqual([
		[2, expect.stringContaining('A title is at most 120 characters')],
		[3, expect.stringContaining('A description is at most 300 characters')],
	]);
	expect(checkFrontmatter(fm('t'.repeat(120), 'd'.repeat(300))).diagnostics).toEqual([]);
});

test('control characters and text-direction overrides in any frontmatter string are errors', () => {
	const text =
		'---\ntitle: "Safe \\u202Eevil"\ndescription: "Bell \\u0007 here"\ntags: ["ok", "\\u2066iso"]\n---\n';
	expect(checkFrontmatter(text).diagnostics.map((d) => [d.line, d.message])).toEqual([
		[2, expect.stringContaining('U+202E')],
		[3, expect.stringContaining('U+0007')],
		[4, expect.stringContaining('U+2066')],
	]);
	expect(
		checkFrontmatter('---\ntitle: "Right-to-left: مرحبا"\ndescription: "Déjà vu, 日本語"\n---\n')
			.diagnostics
	).toEqual([]);
});

test('a YAML alias bomb is an error at its first alias, not a crash', () => {
	const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
	for (let i = 1; i < 9; i++)
		levels.push(
			`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
				.fill(`*${String.fromCharCode(96 + i)}`)
				.join(',')}]`
		);
	const result = checkFrontmatter(`---\ntitle: T\ndescription: D\n${levels.join('\n')}\n---\n`);
	expect(result.diagnostics).toEqual([
		expect.objectContaining({
			line: 5,
			rule: 'frontmatter-yaml',
			message: expect.stringContaining('aliases'),
		}),
	]);
	// An alias used once is fine YAML.
	expect(checkFrontmatter('---\ntitle: &t T\ndescription: *t\n---\n').diagnostics).toEqual([]);
});
