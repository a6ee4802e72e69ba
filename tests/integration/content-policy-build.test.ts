import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithNotes } from './helpers/project';

// Real builds of a copy of the project, with `astro build` alone (no checker first): the
// build's own enforcement of the content policy must stop each of these before anything runs.
// The policy is enforced in the Markdown pipeline, so each copy builds only the notes (the
// `notes` site of helpers/project.ts), and each its own: a build stops at the first note it
// refuses, so one build cannot judge two bad notes. The valid twin, which must build the
// whole site, is content-check-build.test.ts's valid build.
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
async function build(fixture: string, prepare?: (dir: string) => void) {
	const project = projectWithNotes(fixture, 'notes');
	try {
		prepare?.(project.dir);
		const { status, output } = await project.astroBuild();
		const marker = (name: string) => existsSync(join(project.dir, name));
		const dist = filesUnder(join(project.dir, 'dist'));
		return { status, output, marker, dist };
	} finally {
		project.remove();
	}
}

describe('astro build refuses a note before any of its code runs', () => {
	test('a script used as a Markdown image is never imported', BUILD, async () => {
		const { status, output, marker } = await build('build-image-script');
		expect(status).not.toBe(0);
		expect(output).toContain(REFUSED);
		expect(output).toContain(
			'content/notes/evil.mdx:8:1 error [image-type] `./payload.js` is not an image file'
		);
		expect(marker('image-script-ran.txt')).toBe(false);
	});

	test('code hidden between comment markers in an expression never runs', BUILD, async () => {
		const { status, output, marker } = await build('build-comment-expression');
		expect(status).not.toBe(0);
		expect(output).toContain('content/notes/evil.mdx:8:1 error [mdx-expression]');
		expect(marker('expression-ran.txt')).toBe(false);
	});

	test('an image path out of content/ with ?raw reads nothing into the log', BUILD, async () => {
		const secret = 'TOP-SECRET-VALUE-4f2a9c';
		const { status, output } = await build('build-read-outside', (dir) =>
			writeFileSync(join(dir, 'secret.png'), secret)
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/notes/evil.mdx:8:1 error [image-path]');
		expect(output).not.toContain(secret);
		expect(output).not.toContain(Buffer.from(secret).toString('base64').slice(0, 16));
	});

	test('set:html written as an attribute injects no markup', BUILD, async () => {
		const { status, output, dist } = await build('build-set-html');
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

	test('an SVG image with a script is not published', BUILD, async () => {
		const { status, output, dist } = await build('build-svg-script');
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
		async () => {
			const secret = 'OUTSIDE-CONTENT-7d1e3b';
			const { status, output, dist } = await build('build-policy-valid', (dir) => {
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
