import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardId, extractCards, parseRuns } from '../../../../src/lib/review/cards';

const note = { slug: 'volumes', title: 'Volumes' };
const section = (body: string) => `# Title\n\nSome text.\n\n## Check yourself\n\n${body}`;

describe('extractCards', () => {
	test('turns each <details> of the Check yourself section into a card with its note and heading', () => {
		const { cards, problems } = extractCards(
			section(
				'<details>\n<summary>Where does `docker volume create` keep data?</summary>\n\nUnder `/var/lib/docker/volumes`.\n\nIt outlives the container.\n\n</details>\n'
			),
			note
		);
		expect(problems).toEqual([]);
		expect(cards).toEqual([
			{
				id: cardId('volumes', 'Where does `docker volume create` keep data?'),
				slug: 'volumes',
				noteTitle: 'Volumes',
				heading: 'Check yourself',
				headingId: 'check-yourself',
				question: [
					{ t: 'Where does ' },
					{ t: 'docker volume create', code: true },
					{ t: ' keep data?' },
				],
				answer: [
					[{ t: 'Under ' }, { t: '/var/lib/docker/volumes', code: true }, { t: '.' }],
					[{ t: 'It outlives the container.' }],
				],
			},
		]);
	});

	test('ignores details elsewhere in the note and a heading inside a code block', () => {
		const source =
			'<details>\n<summary>Not a question</summary>\n\nBody\n\n</details>\n\n```md\n## Check yourself\n```\n';
		expect(extractCards(source, note)).toEqual({ cards: [], problems: [] });
	});

	test('stops at the next heading of the same level', () => {
		const source = section(
			'<details>\n<summary>Q?</summary>\n\nA.\n\n</details>\n\n## Further reading\n\n<details>\n<summary>Not a card</summary>\n\nx\n\n</details>\n'
		);
		expect(extractCards(source, note).cards.map((c) => c.question)).toEqual([[{ t: 'Q?' }]]);
	});

	test('reports what a card cannot show, with the line, instead of dropping it', () => {
		const source = section(
			'<details>\n<summary>Q?</summary>\n\nSee [the docs](https://docs.docker.com/).\n\n</details>\n'
		);
		expect(extractCards(source, note).problems).toEqual([
			{ line: 10, message: expect.stringContaining('holds a link') },
		]);
		const fence = section(
			'<details>\n<summary>Q?</summary>\n\n```sh\ndocker ps\n```\n\n</details>\n'
		);
		expect(extractCards(fence, note).problems[0]).toMatchObject({
			line: 10,
			message: expect.stringContaining('code block'),
		});
	});

	test('reports a question without a summary, without an answer, or never closed', () => {
		expect(
			extractCards(section('<details>\n\nJust text.\n\n</details>\n'), note).problems[0]?.message
		).toMatch(/no <summary>/);
		expect(
			extractCards(section('<details>\n<summary>Q?</summary>\n\n</details>\n'), note).problems[0]
				?.message
		).toMatch(/no answer/);
		expect(
			extractCards(section('<details>\n<summary>Q?</summary>\n\nA.\n'), note).problems
		).toEqual([{ line: 7, message: expect.stringMatching(/never closed/) }]);
	});

	test('a snake_case word or an angle bracket inside code is not mistaken for markup', () => {
		const { problems } = extractCards(
			section(
				'<details>\n<summary>What does `env_file` read?</summary>\n\nThe file `/run/secrets/<name>`.\n\n</details>\n'
			),
			note
		);
		expect(problems).toEqual([]);
	});
});

describe('parseRuns', () => {
	test('reads text as the site renders it: escapes resolved, quotes curled, code untouched', () => {
		expect(parseRuns("a database's \\{b\\} &lt;c&gt; `it's`")).toEqual({
			paragraphs: [[{ t: 'a database’s {b} <c> ' }, { t: "it's", code: true }]],
			unsupported: [],
		});
	});
	test('keeps a code span of double backticks whole', () => {
		expect(parseRuns('run `` echo `x` `` now').paragraphs).toEqual([
			[{ t: 'run ' }, { t: 'echo `x`', code: true }, { t: ' now' }],
		]);
	});
	test('names emphasis, lists and expressions instead of dropping them', () => {
		expect(parseRuns('*so*').unsupported).toEqual(['emphasis (*…* or _…_)']);
		expect(parseRuns('- one\n- two').unsupported).toEqual(['a list']);
		expect(parseRuns('a {1 + 1} b').unsupported).toEqual(['a {…} expression']);
	});
});

test('every note of the site has a Check yourself section that becomes cards without problems', () => {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? walk(join(dir, e.name))
				: e.name.endsWith('.mdx') && !e.name.startsWith('_')
					? [join(dir, e.name)]
					: []
		);
	for (const file of walk('content/notes')) {
		const source = readFileSync(file, 'utf8');
		const { cards, problems } = extractCards(source, { slug: file, title: file });
		expect({ file, problems }).toEqual({ file, problems: [] });
		expect({ file, cards: cards.length }).toEqual({
			file,
			cards: source.split('\n## Check yourself')[1]?.match(/<details>/g)?.length,
		});
	}
});
