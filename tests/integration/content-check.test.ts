import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content';
import { loadContent } from '../../src/lib/content-check/load';
import { MAX_NOTE_BYTES } from '../../src/lib/content-check/file-bytes';

const ROOT = process.cwd();
const notesOf = (fixture: string) => `tests/fixtures/content/${fixture}/content/notes`;

/** Run the real checker over a fixture; files are given relative to its notes folder. */
function run(fixture: string, root = ROOT, notes = notesOf(fixture)) {
	const report = checkContent(loadContent(root, notes));
	const errors = report.diagnostics.filter((d) => d.severity === 'error');
	return {
		exitCode: errors.length > 0 ? 1 : 0,
		errors: errors.map((d) => ({ ...d, file: d.file.slice(notes.length + 1) })),
		warnings: report.diagnostics.filter((d) => d.severity === 'warning'),
	};
}

/** An expected error: file, line, rule and a part of its message. */
type Expected = [file: string, line: number, rule: string, message: string];

/** Each failing fixture, its passing twin, and exactly the errors it must produce. */
const CASES: Record<string, { twin: string; errors: Expected[] }> = {
	'frontmatter-malformed-yaml': {
		twin: 'frontmatter-quoted-colon',
		errors: [['compose.mdx', 2, 'frontmatter-yaml', 'not valid YAML']],
	},
	'frontmatter-missing-title': {
		twin: 'frontmatter-complete',
		errors: [['volumes.mdx', 1, 'frontmatter-missing', 'The frontmatter has no `title`']],
	},
	'frontmatter-wrong-type': {
		twin: 'frontmatter-right-types',
		errors: [
			[
				'volumes.mdx',
				4,
				'frontmatter-type',
				'`order` must be a number, but here it is text ("two")',
			],
			['volumes.mdx', 5, 'frontmatter-type', '`tags` must be a list'],
		],
	},
	'frontmatter-unknown-key': {
		twin: 'frontmatter-known-keys',
		errors: [
			[
				'volumes.mdx',
				4,
				'frontmatter-unknown-key',
				'`tag` is not a frontmatter field (did you mean `tags`?)',
			],
		],
	},
	'file-not-utf8': {
		twin: 'file-utf8',
		errors: [['cafe.mdx', 2, 'file-encoding', 'byte 0xE9 at byte offset 14 (line 2)']],
	},
	'file-empty': {
		twin: 'file-not-empty',
		errors: [['empty.mdx', 1, 'file-empty', 'The file is empty']],
	},
	'file-not-a-note': {
		twin: 'file-image-next-to-note',
		errors: [
			['networking.md', 1, 'file-not-a-note', 'only `.mdx` files are notes'],
			['notes.txt', 1, 'file-not-a-note', 'not a note, and no note uses it'],
		],
	},
	'file-bom-control': {
		twin: 'file-clean',
		errors: [
			['volumes.mdx', 1, 'file-bom', 'byte order mark'],
			['volumes.mdx', 8, 'file-control-character', 'U+0007'],
		],
	},
	'duplicate-slug': {
		twin: 'unique-slugs',
		errors: [
			[
				'reference/volumes.mdx',
				1,
				'duplicate-slug',
				'duplicate-slug/content/notes/running-containers/volumes.mdx both have the slug `volumes`',
			],
			[
				'running-containers/volumes.mdx',
				1,
				'duplicate-slug',
				'duplicate-slug/content/notes/reference/volumes.mdx both have the slug `volumes`',
			],
		],
	},
	'link-missing-note': {
		twin: 'link-existing-note',
		errors: [
			[
				'volumes.mdx',
				8,
				'link-note',
				'No note has the slug `networkin` (did you mean `networking`?)',
			],
		],
	},
	'link-missing-anchor': {
		twin: 'link-existing-anchor',
		errors: [
			[
				'volumes.mdx',
				8,
				'link-anchor',
				'The note `networking` has no heading with the id `#host-network` (did you mean `#host-networking`?)',
			],
			[
				'volumes.mdx',
				8,
				'link-anchor',
				'This note has no heading with the id `#mounts-2` (did you mean `#mounts-1`?)',
			],
		],
	},
	'link-missing-image': {
		twin: 'link-existing-image',
		errors: [
			['volumes.mdx', 10, 'link-file', 'The image `./images/shared-volume.png` does not exist'],
		],
	},
	'mdx-import': {
		twin: 'mdx-import-in-code',
		errors: [
			['volumes.mdx', 8, 'mdx-import', 'Notes may not `import` anything'],
			['volumes.mdx', 10, 'mdx-import', 'Notes may not `export` anything'],
		],
	},
	'mdx-expression': {
		twin: 'mdx-braces-in-code',
		errors: [
			['names.mdx', 6, 'mdx-syntax', 'MDX cannot read this'],
			[
				'volumes.mdx',
				8,
				'mdx-expression',
				'`{process.env.GITHUB_TOKEN}` is a JavaScript expression',
			],
		],
	},
	'mdx-unsafe-html': {
		twin: 'mdx-html-in-code',
		errors: [
			['volumes.mdx', 8, 'mdx-element', '`<script>` is not allowed'],
			['volumes.mdx', 10, 'mdx-element', '`<iframe>` is not allowed'],
			[
				'volumes.mdx',
				12,
				'image-remote',
				"the site's Content-Security-Policy (`img-src 'self' data:`) would block it",
			],
			['volumes.mdx', 12, 'mdx-event-attribute', '`onerror` on `<img>` is an event handler'],
			[
				'volumes.mdx',
				14,
				'mdx-url-scheme',
				'The URL `JavaScript:alert(1)` is a `javascript:` URL, which can run script',
			],
		],
	},
	'mdx-unclosed-tag': {
		twin: 'mdx-closed-tag',
		errors: [['volumes.mdx', 10, 'mdx-syntax', 'Expected a closing tag for `<details>`']],
	},
	'code-fence-no-language': {
		twin: 'code-fence-language',
		errors: [['volumes.mdx', 8, 'code-language', 'The code block has no language']],
	},
	'code-fence-unknown-language': {
		twin: 'code-fence-known-language',
		errors: [
			[
				'volumes.mdx',
				8,
				'code-language',
				'`dockerfil` is not a language the highlighter knows (did you mean `dockerfile`?)',
			],
		],
	},
	'heading-h1': {
		twin: 'heading-h2',
		errors: [['volumes.mdx', 8, 'heading-h1', '`# Volumes` is a level-1 heading']],
	},
	'heading-skip': {
		twin: 'heading-levels',
		errors: [['volumes.mdx', 10, 'heading-skip', '`#### Backing up` skips a level']],
	},
	'example-dockerfile-broken': {
		twin: 'example-dockerfile-valid',
		errors: [
			['dockerfile.mdx', 10, 'UnknownInstruction', '`RUNN` is not a Dockerfile instruction'],
		],
	},
	'example-compose-broken': {
		twin: 'example-compose-valid',
		errors: [['compose.mdx', 12, 'UndefinedService', 'there is no service called `database`']],
	},
};

describe.each(Object.entries(CASES))('%s', (fixture, { twin, errors }) => {
	test('fails with exactly the expected errors, each at its file and line', () => {
		const result = run(fixture);
		expect(result.exitCode).toBe(1);
		expect(result.errors.map((d) => [d.file, d.line, d.rule])).toEqual(
			errors.map(([file, line, rule]) => [file, line, rule])
		);
		result.errors.forEach((d, i) => {
			expect(d.message).toContain(errors[i]?.[3]);
			// Every error says how to fix it.
			expect(d.fix?.length).toBeGreaterThan(10);
		});
	});

	test(`its twin ${twin} passes`, () => {
		expect(run(twin)).toEqual({ exitCode: 0, errors: [], warnings: [] });
	});
});

test('tricky but valid content passes: <script> in code, Unicode, repeated headings, anchors, drafts, partials', () => {
	expect(run('tricky-valid')).toEqual({ exitCode: 0, errors: [], warnings: [] });
});

describe('a note over the size limit', () => {
	const root = mkdtempSync(join(tmpdir(), 'check-content-size-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const note = (name: string, bytes: number) => {
		const head = `---\ntitle: ${name}\ndescription: Long.\n---\n\n`;
		mkdirSync(join(root, name, 'content/notes'), { recursive: true });
		writeFileSync(
			join(root, name, 'content/notes/long.mdx'),
			head + 'a'.repeat(bytes - head.length - 1) + '\n'
		);
	};
	note('too-large', MAX_NOTE_BYTES + 1);
	note('at-the-limit', MAX_NOTE_BYTES);

	test('fails with the limit in the message', () => {
		const result = run('too-large', join(root, 'too-large'), 'content/notes');
		expect(result.errors).toEqual([
			expect.objectContaining({
				file: 'long.mdx',
				line: 1,
				rule: 'file-size',
				message: 'The file is 513 KB; the limit for a note is 512 KB',
			}),
		]);
	});

	test('its twin, exactly at the limit, passes', () => {
		expect(run('at-the-limit', join(root, 'at-the-limit'), 'content/notes').exitCode).toBe(0);
	});
});

describe('the command line', () => {
	const cli = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/check-content.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
		});

	test('prints each error as file:line:col error [rule] message. fix. and exits 1', () => {
		const { status, stderr } = cli('--notes', notesOf('frontmatter-unknown-key'));
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/content/frontmatter-unknown-key/content/notes/volumes.mdx:4:1 error [frontmatter-unknown-key] `tag` is not a frontmatter field (did you mean `tags`?). Rename it to `tags`: `tags: [volumes, storage]`.\n'
		);
		expect(stderr).toContain('check:content: 1 error and 0 warnings in 1 file.');
	});

	test('reports every problem of every file in one run', () => {
		const { status, stderr } = cli('--notes', notesOf('mdx-unsafe-html'));
		expect(status).toBe(1);
		expect(stderr.match(/ error \[/g)).toHaveLength(5);
		const both = cli('--notes', notesOf('duplicate-slug'));
		expect(both.stderr).toMatch(
			/reference\/volumes\.mdx:1:1 error \[duplicate-slug\][\s\S]*running-containers\/volumes\.mdx:1:1 error \[duplicate-slug\]/
		);
	});

	test('exits 0 on valid notes and writes the example-health summary', () => {
		const dir = mkdtempSync(join(tmpdir(), 'check-content-summary-'));
		try {
			const { status, stdout } = cli(
				'--notes',
				notesOf('example-dockerfile-valid'),
				'--summary',
				join(dir, 'health.md')
			);
			expect(status).toBe(0);
			expect(stdout).toContain('check:content: 1 note checked, no errors, 0 warnings.');
			const summary = readFileSync(join(dir, 'health.md'), 'utf8');
			expect(summary).toContain(
				'| `tests/fixtures/content/example-dockerfile-valid/content/notes/dockerfile.mdx:8` | dockerfile | ✅ Dockerfile checked | — |'
			);
			expect(summary).toContain(
				'dockerfile.mdx:15` | dockerfile | ⏭️ Dockerfile skipped: marked nocheck (intentionally wrong) | — |'
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('takes the notes folder as an absolute path too', () => {
		const { status, stdout } = cli('--notes', join(ROOT, notesOf('tricky-valid')));
		expect(status).toBe(0);
		expect(stdout).toContain('4 notes checked, no errors');
	});

	test('refuses an unknown option with exit code 2', () => {
		expect(cli('--fix').status).toBe(2);
	});
});

describe('the checker and the site agree on which files are notes', () => {
	const root = mkdtempSync(join(tmpdir(), 'check-content-files-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const head = (title: string) => `---\ntitle: ${title}\ndescription: D.\n---\n\n## Part\n`;

	test('a symbolic link and a hidden folder are reported, the regular note next to them is checked', () => {
		const notes = join(root, 'bad/content/notes');
		mkdirSync(join(notes, '.drafts'), { recursive: true });
		writeFileSync(join(notes, 'real.mdx'), `${head('Real')}\n![A drawing](../images/linked.svg)\n`);
		writeFileSync(join(notes, '.drafts/hidden.mdx'), head('Hidden'));
		mkdirSync(join(root, 'bad/content/images'));
		writeFileSync(join(root, 'bad/outside.mdx'), `${head('Outside')}<script>x</script>\n`);
		symlinkSync(join(root, 'bad/outside.mdx'), join(notes, 'linked.mdx'));
		symlinkSync(join(root, 'bad'), join(notes, 'linked-folder'));
		symlinkSync(join(root, 'bad/outside.mdx'), join(root, 'bad/content/images/linked.svg'));
		const result = run('bad', join(root, 'bad'), 'content/notes');
		expect(result.errors.map((d) => [d.file, d.rule])).toEqual([
			['.drafts', 'file-hidden'],
			['linked-folder', 'file-symlink'],
			['linked.mdx', 'file-symlink'],
			['real.mdx', 'image-path'],
		]);
		// What the link points at is never read, so nothing of it reaches the report.
		expect(JSON.stringify(result.errors)).not.toContain('script');
	});

	test('its twin, with the file itself instead of a link and no dot, passes', () => {
		const notes = join(root, 'good/content/notes');
		mkdirSync(join(notes, 'drafts'), { recursive: true });
		writeFileSync(join(notes, 'real.mdx'), head('Real'));
		writeFileSync(join(notes, 'drafts/visible.mdx'), head('Visible'));
		expect(run('good', join(root, 'good'), 'content/notes')).toEqual({
			exitCode: 0,
			errors: [],
			warnings: [],
		});
	});
});
