import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCodeMeta } from '../../../src/lib/code-meta';

const NOTE = 'content/notes/reference/how-this-site-is-shipped.mdx';

/** The fenced code blocks of a note whose title names a file of this repository. */
function fileBlocks(mdx: string) {
	const blocks: { title: string; line: number; code: string }[] = [];
	const lines = mdx.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const open = /^```(\w+)\s+(.*)$/.exec(lines[i]!);
		if (!open) continue;
		const end = lines.indexOf('```', i + 1);
		const { title } = parseCodeMeta(open[2]);
		if (title && existsSync(title))
			blocks.push({ title, line: i + 1, code: lines.slice(i + 1, end).join('\n') });
		i = end;
	}
	return blocks;
}

test('the note shows the real deployment files, unchanged', () => {
	const blocks = fileBlocks(readFileSync(NOTE, 'utf8'));
	expect(blocks.map((b) => b.title)).toEqual(
		expect.arrayContaining([
			'Dockerfile',
			'.dockerignore',
			'compose.yaml',
			'deploy/k8s/deployment.yaml',
			'deploy/nginx/default.conf',
			'deploy/nginx/security-headers.conf',
		])
	);
	for (const { title, line, code } of blocks) {
		// A failure here means the file changed: paste it into the note again.
		expect(`${code}\n`, `${NOTE}:${line} shows ${title}`).toBe(readFileSync(title, 'utf8'));
	}
});
