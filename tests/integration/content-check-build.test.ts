import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithNotes } from './helpers/project';

// Real builds of a copy of the project: slow, so each test allows a few minutes.
const BUILD_TIMEOUT = 300_000;

describe('npm run build', () => {
	test(
		'fails on a bad note before astro build starts, naming the file, the line and the fix',
		{ timeout: BUILD_TIMEOUT },
		() => {
			const project = projectWithNotes('mdx-unsafe-html');
			try {
				const { status, output } = project.run('npm', ['run', 'build']);
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

	test(
		'builds tricky but valid notes, with the heading ids the checker computed',
		{ timeout: BUILD_TIMEOUT },
		() => {
			const project = projectWithNotes('tricky-valid');
			try {
				const { status, output } = project.run('npm', ['run', 'build']);
				expect(status, output).toBe(0);
				const volumes = readFileSync(join(project.dir, 'dist/notes/volumes/index.html'), 'utf8');
				for (const id of ['mounts', 'mounts-1', 'mounts-2'])
					expect(volumes).toContain(`id="${id}"`);
				const containers = readFileSync(
					join(project.dir, 'dist/notes/containers/index.html'),
					'utf8'
				);
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
			} finally {
				project.remove();
			}
		}
	);
});

test(
	"astro build alone, without the checker, still refuses a note's code before it runs",
	{ timeout: BUILD_TIMEOUT },
	() => {
		const project = projectWithNotes('build-runs-no-note-code');
		try {
			const { status, output } = project.run('npx', ['astro', 'build']);
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
