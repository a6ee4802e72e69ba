import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkCodeBlocks } from '../../../src/lib/content-check/code-fences';
import { formatDiagnostic, inFile } from '../../../src/lib/diagnostic';
import { satteriCheckExamples } from '../../../src/plugins/satteri-check-examples';
import { tree } from '../lib/content-check/helpers';

const ROOT = '/project';
const fileURL = (path: string) => new URL(`file://${ROOT}/${path}`);

/** Render Markdown through Astro's Sätteri processor with the plugin; collect what it warns. */
async function render(markdown: string, path = 'content/notes/building-images/demo.mdx') {
	const warnings: string[] = [];
	const processor = await createSatteriMarkdownProcessor({
		mdastPlugins: [satteriCheckExamples({ root: ROOT, warn: (line) => warnings.push(line) })],
		syntaxHighlight: false,
	});
	const run = processor.render(markdown, { fileURL: fileURL(path) });
	return { run, warnings };
}

const BROKEN = [
	'---', // 1
	'title: Demo', // 2
	'---', // 3
	'', // 4
	'```dockerfile title="Dockerfile"', // 5
	'FROM node:24-alpine AS build', // 6
	'RUNN npm ci', // 7
	'```', // 8
	'', // 9
	'```yaml title="compose.yaml"', // 10
	'services:', // 11
	'  web:', // 12
	'    image: nginx:1.30-alpine', // 13
	'    depends_on: [db]', // 14
	'```', // 15
	'',
].join('\n');

describe('satteriCheckExamples', () => {
	test('fails once with every problem of the note, each with its line in the note file', async () => {
		const { run } = await render(BROKEN);
		const error = await run.then(
			() => undefined,
			(e: Error) => e
		);
		expect(error).toBeInstanceOf(Error);
		expect(error!.message.split('\n')).toEqual([
			'content/notes/building-images/demo.mdx has 2 broken examples. Fix them, or mark a deliberately wrong block `nocheck`:',
			expect.stringMatching(
				/^content\/notes\/building-images\/demo\.mdx:7:1 error \[UnknownInstruction\] `RUNN` is not a Dockerfile instruction\. \S/
			),
			expect.stringMatching(
				/^content\/notes\/building-images\/demo\.mdx:14:\d+ error \[UndefinedService\] `web` depends on `db`, but there is no service called `db`\. \S/
			),
		]);
		// Astro shows this position as the error's location and in the dev overlay.
		expect(error).toMatchObject({ line: 7, column: 1 });
	});

	test('prints each problem exactly as the content checker does, at the same line and column', async () => {
		const file = 'content/notes/building-images/demo.mdx';
		const indented = [
			'- Step one:',
			'',
			'  ```dockerfile',
			'  FROM alpine:3.22',
			'  COPY --from=bulid /a /b',
			'  ```',
			'',
		].join('\n');
		for (const markdown of [BROKEN, indented]) {
			const error = await (
				await render(markdown)
			).run.then(
				() => undefined,
				(e: Error) => e
			);
			const checker = inFile(file, checkCodeBlocks(tree(markdown)).diagnostics).map(
				formatDiagnostic
			);
			expect(checker.length).toBeGreaterThan(0);
			expect(error?.message.split('\n').slice(1)).toEqual(checker);
		}
	});

	test('counts lines and columns in the note for a fence indented in a list', async () => {
		const markdown = [
			'- Step one:',
			'',
			'  ```dockerfile',
			'  FROM alpine:3.22',
			'  COPY --from=bulid /a /b',
			'  ```',
			'',
		].join('\n');
		const { run } = await render(markdown);
		await expect(run).rejects.toThrow(
			/demo\.mdx:5:15 error \[UnknownStageReference\] `bulid` is not a stage defined above/
		);
	});

	test('prints warnings in the same format and does not fail', async () => {
		const markdown = ['```dockerfile', 'FROM alpine:3.22', 'ENV GREETING hello', '```', ''].join(
			'\n'
		);
		const { run, warnings } = await render(markdown);
		await expect(run).resolves.toBeDefined();
		expect(warnings).toEqual([
			expect.stringMatching(
				/^content\/notes\/building-images\/demo\.mdx:3:\d+ warning \[LegacyKeyValueFormat\] /
			),
		]);
	});

	test('fails on a top-level Compose `version:` outside a nocheck block', async () => {
		const markdown = [
			'```yaml title="compose.yaml"',
			'version: "3.8"',
			'services:',
			'  web:',
			'    image: nginx:1.30-alpine',
			'```',
			'',
		].join('\n');
		const { run } = await render(markdown);
		await expect(run).rejects.toThrow(
			/demo\.mdx:2:1 error \[ObsoleteVersion\] The top-level `version` key is obsolete/
		);
		const shown = await render(
			markdown.replace('title="compose.yaml"', 'title="compose.yaml" nocheck')
		);
		await expect(shown.run).resolves.toBeDefined();
	});

	test('leaves nocheck blocks, fragments and other languages alone', async () => {
		const markdown = [
			'```dockerfile nocheck',
			'RUNN this is meant to be wrong',
			'```',
			'',
			'```dockerfile fragment',
			'RUN apt-get update',
			'```',
			'',
			'```console',
			'$ docker bulid .',
			'```',
			'',
		].join('\n');
		const { run, warnings } = await render(markdown);
		await expect(run).resolves.toBeDefined();
		expect(warnings).toEqual([]);
	});

	test('checks MDX the way Astro compiles notes, and names the file relative to the root', async () => {
		// mdxToJs throws at once when every plugin is synchronous; a promise catches both ways.
		const compile = Promise.resolve().then(() =>
			mdxToJs(BROKEN.replace(/^---[\s\S]*?---/, '\n\n'), {
				mdastPlugins: [satteriCheckExamples({ root: ROOT, warn: () => {} })],
				fileURL: fileURL('content/notes/x/y.mdx'),
			})
		);
		await expect(compile).rejects.toThrow(/^content\/notes\/x\/y\.mdx has 2 broken examples/);
		await expect(compile).rejects.toThrow(
			/\ncontent\/notes\/x\/y\.mdx:7:1 error \[UnknownInstruction\]/
		);
	});
});
