import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture';

// Each build takes several seconds; the tests in this file run one after another.
const BUILD = { timeout: 180_000 };

describe('a note with a broken example fails the build', () => {
	test(
		'a broken Dockerfile: every problem of the note, with file, line, rule and fix',
		BUILD,
		() => {
			const { status, output } = buildFixture('examples-broken-dockerfile');
			expect(status).not.toBe(0);
			expect(output).toContain('content/notes/multi-stage.mdx has 2 broken examples.');
			expect(output).toContain(
				'content/notes/multi-stage.mdx:13:1 error [UnknownInstruction] `RUNN` is not a Dockerfile instruction. Check the spelling'
			);
			expect(output).toMatch(
				/content\/notes\/multi-stage\.mdx:18:13 error \[UnknownStageReference\] `bulid` is not a stage defined above.*? Use the name given after `AS`/
			);
		}
	);

	test('a broken Compose file: the note line of the undefined service', BUILD, () => {
		const { status, output } = buildFixture('examples-broken-compose');
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/notes\/stack\.mdx:15:\d+ error \[UndefinedService\] `web` depends on `database`, but there is no service called `database`\. \S/
		);
	});
});

describe('the valid twin', () => {
	test('builds, with links, line anchors, badges and diagrams in the page', BUILD, () => {
		const { status, output, root } = buildFixture('examples-valid');
		expect(status, output).toBe(0);
		expect(output).not.toMatch(/ (?:error|warning) \[/);
		const page = readFileSync(join(root, 'dist/notes/multi-stage/index.html'), 'utf8');
		expect(page).toContain('href="/notes/dockerfile/#from"');
		expect(page).toContain('id="ex-multi-stage-1-L2"');
		expect(page).toContain('Dockerfile checked: syntax, stages, BuildKit rules');
		expect(page).toMatch(/<svg role="img" aria-labelledby="ex-multi-stage-1-diagram-text"/);
		const stack = readFileSync(join(root, 'dist/notes/stack/index.html'), 'utf8');
		expect(stack).toContain('Compose file checked against the Compose Specification');
		expect(stack).toContain('web runs the image nginx:1.30-alpine');
	});
});
