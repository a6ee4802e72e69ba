import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../../src/lib/bench/corpus';
import { noteSchema } from '../../../../src/lib/content/note-schema';
import { checkCodeBlock } from '../../../../src/lib/examples/check-block';

const corpus = generateCorpus(120, 7);

function split(text: string) {
	const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
	return { data: parse(fm!), body: body! };
}
const fences = (body: string) =>
	[...body.matchAll(/^```(\S+)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
		lang: m[1]!,
		meta: m[2]!.trim(),
		value: m[3]!.replace(/\n$/, ''),
	}));

test('the same size and seed always give the same files; another seed gives others', () => {
	expect(generateCorpus(30, 7)).toEqual(generateCorpus(30, 7));
	expect(generateCorpus(30, 8).map((f) => f.text)).not.toEqual(
		generateCorpus(30, 7).map((f) => f.text)
	);
	expect(new Set(corpus.map((f) => f.slug)).size).toBe(120);
});

test('every note has frontmatter our schema accepts, in the folder of its section', () => {
	for (const file of corpus) {
		const data = noteSchema.parse(split(file.text).data);
		expect(file.path.split('/')[0], file.path).toBe(
			data.section!.toLowerCase().replace(/\s+/g, '-')
		);
	}
});

describe('the examples pass the checks the build runs', () => {
	const blocks = corpus.flatMap((f) =>
		fences(split(f.text).body).map((b) => ({ ...b, path: f.path }))
	);

	test('there are Dockerfiles and Compose files to check', () => {
		const kinds = blocks.map((b) => checkCodeBlock(b).kind);
		expect(kinds.filter((k) => k === 'dockerfile').length).toBeGreaterThan(20);
		expect(kinds.filter((k) => k === 'compose').length).toBeGreaterThan(20);
	});

	test('no check reports anything on any block', () => {
		const problems = blocks.flatMap((b) =>
			checkCodeBlock(b).diagnostics.map(
				(d) => `${b.path} ${b.lang} line ${d.line}: ${d.rule} ${d.message}\n${b.value}`
			)
		);
		expect(problems).toEqual([]);
	});
});

test('headings start at h2, never skip a level, and the note ends with Check yourself', () => {
	for (const file of corpus) {
		const body = split(file.text).body.replace(/^```[\s\S]*?^```$/gm, '');
		const levels = [...body.matchAll(/^(#{1,6}) /gm)].map((m) => m[1]!.length);
		expect(levels[0], file.path).toBe(2);
		levels.forEach((level, i) =>
			expect(level - (levels[i - 1] ?? 2), file.path).toBeLessThanOrEqual(1)
		);
		const check = body.slice(body.indexOf('## Check yourself'));
		expect(body.lastIndexOf('\n## '), file.path).toBe(body.indexOf('\n## Check yourself'));
		const questions = check.match(/<details>/g)?.length ?? 0;
		expect(questions, file.path).toBeGreaterThanOrEqual(3);
		expect(questions, file.path).toBeLessThanOrEqual(5);
	}
});

test('every link points at a note of the corpus and, with a fragment, at one of its headings', () => {
	const ids = new Map(
		corpus.map((f) => {
			const slugger = new GithubSlugger();
			const body = split(f.text).body.replace(/^```[\s\S]*?^```$/gm, '');
			return [
				f.slug,
				new Set([...body.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugger.slug(m[1]!))),
			];
		})
	);
	let links = 0;
	for (const file of corpus) {
		for (const [, slug, fragment] of split(file.text).body.matchAll(
			/\]\(\/notes\/([^/]+)\/(?:#([^)]+))?\)/g
		)) {
			links++;
			expect(ids.has(slug!), `${file.path} → ${slug}`).toBe(true);
			if (fragment)
				expect(ids.get(slug!)!.has(fragment), `${file.path} → ${slug}#${fragment}`).toBe(true);
		}
	}
	expect(links).toBeGreaterThan(120);
});

test('prose holds no braces or angle brackets outside code and the allowed HTML', () => {
	for (const file of corpus) {
		const prose = split(file.text)
			.body.replace(/^```[\s\S]*?^```$/gm, '')
			.replace(/`[^`]*`/g, '')
			.replace(/<\/?(details|summary)>/g, '');
		expect(prose, file.path).not.toMatch(/[{}<>]/);
	}
});
