import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithNotes } from './helpers/project';

// Real builds of a copy of the project, with `astro build` alone (no checker first): the
// build's own enforcement of the content policy must stop each of these before anything runs.
const BUILD = { timeout: 300_000 };
const REFUSED =
	'This note breaks the content policy, so the build refuses to compile it (nothing in it has run)';

/** Every file under a folder, recursively, as paths relative to it. */
function filesUnder(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile())
				.map((e) => join(e.parentPath, e.name))
		: [];
}

/** Build a fixture's notes with `astro build`; `prepare` may add files to the copy first. */
function build(fixture: string, prepare?: (dir: string) => void) {
	const project = projectWithNotes(fixture);
	try {
		prepare?.(project.dir);
		const { status, output } = project.run('npx', ['astro', 'build']);
		const marker = (name: string) => existsSync(join(project.dir, name));
		const dist = filesUnder(join(project.dir, 'dist'));
		return { status, output, marker, dist };
	} finally {
		project.remove();
	}
}

describe('astro build refuses a note before any of its code runs', () => {
	test('a script used as a Markdown image is never imported', BUILD, () => {
		const { status, output, marker } = build('build-image-script');
		expect(status).not.toBe(0);
		expect(output).toContain(REFUSED);
		expect(output).toContain(
			'content/notes/evil.mdx:8:1 error [image-type] `./payload.js` is not an image file'
		);
		expect(marker('image-script-ran.txt')).toBe(false);
	});

	test('code hidden between comment markers in an expression never runs', BUILD, () => {
		const { status, output, marker } = build('build-comment-expression');
		expect(status).not.toBe(0);
		expect(output).toContain('content/notes/evil.mdx:8:1 error [mdx-expression]');
		expect(marker('expression-ran.txt')).toBe(false);
	});

	test('an image path out of content/ with ?raw reads nothing into the log', BUILD, () => {
		const secret = 'TOP-SECRET-VALUE-4f2a9c';
		const { status, output } = build('build-read-outside', (dir) =>
			writeFileSync(join(dir, 'secret.png'), secret)
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/notes/evil.mdx:8:1 error [image-path]');
		expect(output).not.toContain(secret);
		expect(output).not.toContain(Buffer.from(secret).toString('base64').slice(0, 16));
	});

	test('set:html written as an attribute injects no markup', BUILD, () => {
		const { status, output, dist } = build('build-set-html');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/notes/evil.mdx:8:1 error [mdx-directive] `set:html` on `<p>` is an Astro directive'
		);
		expect(
			dist.some(
				(f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('http-equiv=refresh')
			)
		).toBe(false);
	});

	test('an SVG image with a script is not published', BUILD, () => {
		const { status, output, dist } = build('build-svg-script');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/notes/evil.mdx:8:1 error [image-svg] The SVG image `content/notes/drawing.svg` could run script'
		);
		expect(
			dist.filter((f) => f.endsWith('.svg') && readFileSync(f, 'utf8').includes('<script'))
		).toEqual([]);
	});

	test(
		'a symlinked note, pointing outside content/, is refused and nothing of its target is published',
		BUILD,
		() => {
			const secret = 'OUTSIDE-CONTENT-7d1e3b';
			const { status, output, dist } = build('build-policy-valid', (dir) => {
				writeFileSync(
					join(dir, 'outside.mdx'),
					`---\ntitle: Outside\ndescription: ${secret}\n---\n\n## ${secret}\n`
				);
				symlinkSync(join(dir, 'outside.mdx'), join(dir, 'content/notes/linked.mdx'));
			});
			expect(status).not.toBe(0);
			// Astro's glob follows the link, so the build meets the file at its target.
			expect(output).toMatch(
				/outside\.mdx:1:1 error \[file-symlink\] A symbolic link under `content\/` leads to this file/
			);
			expect(dist.some((f) => readFileSync(f).includes(secret))).toBe(false);
		}
	);
});

test(
	'the valid twin builds: dangerous text in code, markup in the title, an SVG, RTL headings, CRLF, 50,000 headings and a 300 KB line',
	BUILD,
	() => {
		const project = projectWithNotes('build-policy-valid');
		try {
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
			const { status, output } = project.run('npx', ['astro', 'build']);
			expect(status, output).toBe(0);
			const page = readFileSync(join(project.dir, 'dist/notes/code-as-text/index.html'), 'utf8');
			// The title's markup is text: escaped in <title> and the heading, never an element
			// (inside an attribute value, such as og:title, `<` needs no escape).
			expect(page.replace(/="[^"]*"/g, '=""')).not.toContain('<b>markup</b>');
			expect(page).toMatch(/Escaping (?:&lt;|&#x3C;)b(?:&gt;|>)markup/);
			const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			expect(scripts.some((body) => body?.includes('cookie'))).toBe(false);
			expect(page).toContain('id="مرحبا-بالعالم"');
			expect(page).toMatch(
				/<img[^>]+src="[^"]+\.svg"[^>]*alt="A square"|<img[^>]+alt="A square"[^>]+src="[^"]+\.svg"/
			);
			expect(readFileSync(join(project.dir, 'dist/notes/crlf/index.html'), 'utf8')).toContain(
				'id="first-part"'
			);
			expect(
				readFileSync(join(project.dir, 'dist/notes/many-headings/index.html'), 'utf8')
			).toContain('id="h-49999"');
			expect(
				readFileSync(join(project.dir, 'dist/notes/long-line/index.html'), 'utf8').length
			).toBeGreaterThan(300_000);
		} finally {
			project.remove();
		}
	}
);
