import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectWithNotes } from './helpers/project';

// Real builds of a copy of the project: slow, so each test allows a few minutes.
const BUILD_TIMEOUT = 300_000;

describe('npm run build', () => {
	test(
		'fails on a bad note before astro build starts, naming the file, the line and the fix',
		{ timeout: BUILD_TIMEOUT },
		async () => {
			// The checker stops it before Astro starts, so the copy need not hold the whole site.
			const project = projectWithNotes('mdx-unsafe-html', 'notes');
			try {
				const { status, output } = await project.run('npm', ['run', 'build']);
				expect(status).not.toBe(0);
				expect(output).toContain(
					'content/notes/volumes.mdx:8:1 error [mdx-element] `<script>` is not allowed in a note'
				);
				expect(output).toContain('check:content: 5 errors and 0 warnings in 1 file.');
				expect(existsSync(join(project.dir, 'dist'))).toBe(false);
			} finally {
				project.remove();
			}
		}
	);
});

// The valid twins of the checker's and the build's refusals, in one build of the whole site:
// the tricky but valid notes (tests/fixtures/content/tricky-valid), the content policy's valid
// twin (build-policy-valid: dangerous text in code, markup in the title, an SVG, RTL headings)
// and three generated extremes (CRLF, 50,000 headings, a 300 KB line). `npm run build` runs the
// checker and then `astro build`, whose own enforcement of the policy judges every note again,
// so a note either of them refused would fail this build.
describe('the valid twins, built together as the whole site', () => {
	let project: ReturnType<typeof projectWithNotes>;
	let build: { status: number | null; output: string };
	const page = (slug: string) =>
		readFileSync(join(project.dir, `dist/notes/${slug}/index.html`), 'utf8');

	beforeAll(async () => {
		project = projectWithNotes(['tricky-valid', 'build-policy-valid']);
		const head = (title: string) =>
			`---\ntitle: ${title}\ndescription: Generated for the build test.\n---\n\n`;
		const notes = join(project.dir, 'content/notes');
		writeFileSync(
			join(notes, 'crlf.mdx'),
			`${head('Windows line ends')}## First part\n\nText.\n\n## Check yourself\n\n<details>\n<summary>A question?</summary>\n\nAn answer.\n\n</details>\n`.replace(
				/\n/g,
				'\r\n'
			)
		);
		writeFileSync(
			join(notes, 'many-headings.mdx'),
			head('Many headings') + '## h\n\n'.repeat(50_000)
		);
		writeFileSync(
			join(notes, 'long-line.mdx'),
			`${head('One long line')}## Long\n\n${'word '.repeat(60_000)}\n`
		);
		build = await project.run('npm', ['run', 'build']);
	}, BUILD_TIMEOUT);
	afterAll(() => project?.remove());

	test('the build succeeds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('tricky but valid notes build, with the heading ids the checker computed', () => {
		const volumes = page('volumes');
		for (const id of ['mounts', 'mounts-1', 'mounts-2']) expect(volumes).toContain(`id="${id}"`);
		const containers = page('containers');
		for (const id of ['déjà-vu', 'example', 'example-1', '日本語の見出し'])
			expect(containers).toContain(`id="${id}"`);
		// The <script> shown in a code block is text on the page, never a script element.
		const text = containers
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;|&#x3C;/g, '<')
			.replace(/&gt;/g, '>');
		expect(text).toContain('<script>alert(document.cookie)</script>');
		const scripts = [...containers.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
			(m) => m[1]
		);
		expect(scripts.some((body) => body?.includes('cookie'))).toBe(false);
	});

	test('the policy lets through dangerous text in code, markup in the title, an SVG, RTL headings, CRLF, 50,000 headings and a 300 KB line', () => {
		const html = page('code-as-text');
		// The title's markup is text: escaped in <title> and the heading, never an element
		// (inside an attribute value, such as og:title, `<` needs no escape).
		expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<b>markup</b>');
		expect(html).toMatch(/Escaping (?:&lt;|&#x3C;)b(?:&gt;|>)markup/);
		const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(scripts.some((body) => body?.includes('cookie'))).toBe(false);
		expect(html).toContain('id="مرحبا-بالعالم"');
		expect(html).toMatch(
			/<img[^>]+src="[^"]+\.svg"[^>]*alt="A square"|<img[^>]+alt="A square"[^>]+src="[^"]+\.svg"/
		);
		expect(page('crlf')).toContain('id="first-part"');
		expect(page('many-headings')).toContain('id="h-49999"');
		expect(page('long-line').length).toBeGreaterThan(300_000);
	});
});

test(
	"astro build alone, without the checker, still refuses a note's code before it runs",
	{ timeout: BUILD_TIMEOUT },
	async () => {
		// The policy is enforced in the Markdown pipeline: the notes alone show it.
		const project = projectWithNotes('build-runs-no-note-code', 'notes');
		try {
			const { status, output } = await project.astroBuild();
			expect(status).not.toBe(0);
			expect(output).toContain(
				'This note breaks the content policy, so the build refuses to compile it (nothing in it has run)'
			);
			expect(output).toContain('content/notes/evil.mdx:6:1 error [mdx-import]');
			expect(existsSync(join(project.dir, 'note-import-ran.txt'))).toBe(false);
			expect(existsSync(join(project.dir, 'note-expression-ran.txt'))).toBe(false);
		} finally {
			project.remove();
		}
	}
);
