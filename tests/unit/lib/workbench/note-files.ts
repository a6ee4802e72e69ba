import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteHeadings } from '../../../../src/lib/content-check/headings.ts';
import type { MdNode } from '../../../../src/lib/content-check/mdast.ts';
import { walk } from '../../../../src/lib/content-check/mdast.ts';
import { parseMdx } from '../../../../src/lib/content-check/parse-mdx.ts';

const NOTES = join(import.meta.dirname, '../../../../content/notes');

function parse(file: string): MdNode {
	const result = parseMdx(readFileSync(file, 'utf8'));
	if ('error' in result) throw new Error(`${file}: ${result.error.message}`);
	return result.tree;
}

/** Every note file, keyed by its slug (the file name: no note here sets `slug:`). */
export function noteFiles(): Map<string, string> {
	const files = readdirSync(NOTES, { recursive: true, encoding: 'utf8' }).filter(
		(f) => f.endsWith('.mdx') && !f.split('/').at(-1)!.startsWith('_')
	);
	return new Map(
		files.map((f) => [
			f
				.split('/')
				.at(-1)!
				.replace(/\.mdx$/, ''),
			join(NOTES, f),
		])
	);
}

/** The heading ids a note's page has, computed as the build computes them. */
export function headingIds(slug: string): Set<string> {
	const file = noteFiles().get(slug);
	if (!file) return new Set();
	return new Set(noteHeadings(parse(file)).map((h) => h.id));
}

/** Every fenced code block of every note. */
export function noteCodeBlocks(): { file: string; lang: string; meta: string; value: string }[] {
	return [...noteFiles().values()].flatMap((file) => {
		const blocks: { file: string; lang: string; meta: string; value: string }[] = [];
		walk(parse(file), (node) => {
			if (node.type !== 'code') return;
			const { lang, meta, value } = node as MdNode & {
				lang?: string;
				meta?: string;
				value: string;
			};
			blocks.push({ file, lang: lang ?? '', meta: meta ?? '', value });
		});
		return blocks;
	});
}
