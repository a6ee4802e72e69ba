import { createHash } from 'node:crypto';
import { mdxToMdast } from 'satteri';

/** A run of a question or answer: plain text, or inline code (a Markdown `code span`). */
export interface Run {
	t: string;
	code?: true;
}

/** One "Check yourself" question of a note, as a review card. */
export interface ReviewCard {
	/** `<slug>#<hash of the question>`: a reworded question is a new card. */
	id: string;
	slug: string;
	noteTitle: string;
	/** The heading the question sits under, and its anchor on the note page. */
	heading: string;
	headingId: string;
	question: Run[];
	/** The answer's paragraphs. */
	answer: Run[][];
}

/** Something in a Check yourself section that cannot become a card, with its 1-based line. */
export interface CardProblem {
	line: number;
	message: string;
}

/** The heading every note ends with (CONTRIBUTING: "a short Check yourself section at the end"). */
export const CHECK_YOURSELF = 'Check yourself';
/** Its anchor, as the heading-anchors plugin writes it. */
export const CHECK_YOURSELF_ID = 'check-yourself';

const HEADING = /^##\s+Check yourself\s*$/;
const FENCE = /^\s*(```|~~~)/;

// What a card can show is paragraphs of text and inline code. Anything richer would have to be
// rendered as HTML from a note, so it is refused with a message rather than dropped.
const WORDS: Record<string, string> = {
	list: 'a list',
	blockquote: 'a quotation',
	link: 'a link',
	linkReference: 'a link',
	image: 'an image',
	emphasis: 'emphasis (*…* or _…_)',
	strong: 'bold text (**…**)',
	code: 'a code block',
	html: 'an HTML tag',
	mdxJsxFlowElement: 'an HTML or MDX tag',
	mdxJsxTextElement: 'an HTML or MDX tag',
	mdxFlowExpression: 'a {…} expression',
	mdxTextExpression: 'a {…} expression',
	heading: 'a heading',
	table: 'a table',
};

interface MdNode {
	type: string;
	value?: string;
	children?: MdNode[];
}

/**
 * Parse a question or an answer as the site's MDX processor does (GFM, smart punctuation), into
 * paragraphs of text and code runs, and name whatever else it holds.
 */
export function parseRuns(markdown: string): { paragraphs: Run[][]; unsupported: string[] } {
	const root = mdxToMdast(markdown, {
		features: { gfm: true, smartPunctuation: true },
		position: false,
	}) as MdNode;
	const unsupported = new Set<string>();
	const name = (node: MdNode) => WORDS[node.type] ?? `Markdown of the kind “${node.type}”`;
	const paragraphs = (root.children ?? []).flatMap((block): Run[][] => {
		if (block.type !== 'paragraph') {
			unsupported.add(name(block));
			return [];
		}
		const runs: Run[] = [];
		for (const node of block.children ?? []) {
			const last = runs.at(-1);
			if (node.type === 'text' || node.type === 'break') {
				const t = node.type === 'break' ? ' ' : (node.value ?? '').replace(/\s+/g, ' ');
				if (last && !last.code) last.t += t;
				else runs.push({ t });
			} else if (node.type === 'inlineCode') {
				runs.push({ t: node.value ?? '', code: true });
			} else {
				unsupported.add(name(node));
			}
		}
		return runs.length > 0 ? [runs] : [];
	});
	return { paragraphs, unsupported: [...unsupported] };
}

/** A card id for `question` in the note `slug`. */
export function cardId(slug: string, question: string): string {
	return `${slug}#${createHash('sha256').update(question.trim().replace(/\s+/g, ' ')).digest('hex').slice(0, 10)}`;
}

/**
 * The review cards of one note, from its MDX source: every `<details>` with a `<summary>` in
 * the "## Check yourself" section. Lines are 1-based in `source`.
 */
export function extractCards(
	source: string,
	note: { slug: string; title: string }
): { cards: ReviewCard[]; problems: CardProblem[] } {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const cards: ReviewCard[] = [];
	const problems: CardProblem[] = [];
	let inFence = false;
	let start = -1;
	for (const [i, line] of lines.entries()) {
		if (FENCE.test(line)) inFence = !inFence;
		else if (!inFence && HEADING.test(line)) start = i + 1;
	}
	if (start < 0) return { cards, problems };
	let end = lines.findIndex((line, i) => i >= start && /^#{1,2}\s/.test(line));
	if (end < 0) end = lines.length;

	let open:
		| { line: number; question?: string; questionLine: number; body: string[]; bodyLine: number }
		| undefined;
	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		const trimmed = line.trim();
		const problem = (message: string) => problems.push({ line: i + 1, message });
		if (trimmed === '<details>') {
			if (open) problem('A <details> opens before the previous one is closed with </details>.');
			open = { line: i + 1, questionLine: i + 1, body: [], bodyLine: 0 };
			continue;
		}
		if (!open) {
			if (trimmed)
				problem(
					`Only <details> questions belong under "${CHECK_YOURSELF}"; found “${trimmed.slice(0, 60)}”.`
				);
			continue;
		}
		const summary = /^<summary>(.*)<\/summary>$/.exec(trimmed);
		if (summary && open.question === undefined && open.body.every((l) => !l.trim())) {
			open.question = summary[1]!;
			open.questionLine = i + 1;
			continue;
		}
		if (trimmed === '</details>') {
			const { question, body } = open;
			const q = question === undefined ? undefined : parseRuns(question);
			const a = parseRuns(body.join('\n'));
			const refuse = (what: string, line: number, kinds: string[]) => {
				for (const kind of kinds)
					problems.push({
						line,
						message: `${what} holds ${kind}, which a review card cannot show: write it as plain text and \`code\`.`,
					});
			};
			if (!q) problem('This question has no <summary>…</summary> line: write the question there.');
			else refuse('A question', open.questionLine, q.unsupported);
			refuse('An answer', open.bodyLine, a.unsupported);
			if (q && a.paragraphs.length === 0 && a.unsupported.length === 0)
				problem('This question has no answer before </details>.');
			if (
				q &&
				q.paragraphs.length === 1 &&
				a.paragraphs.length > 0 &&
				q.unsupported.length + a.unsupported.length === 0
			) {
				cards.push({
					id: cardId(note.slug, question!),
					slug: note.slug,
					noteTitle: note.title,
					heading: CHECK_YOURSELF,
					headingId: CHECK_YOURSELF_ID,
					question: q.paragraphs[0]!,
					answer: a.paragraphs,
				});
			}
			open = undefined;
			continue;
		}
		if (trimmed && !open.bodyLine) open.bodyLine = i + 1;
		open.body.push(line);
	}
	if (open)
		problems.push({ line: open.line, message: 'This <details> is never closed with </details>.' });
	return { cards, problems };
}
