import { createHash } from 'node:crypto';

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
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// What a card can show is text and inline code. Anything richer would have to be rendered as
// HTML from a note, so it is refused with a message rather than dropped.
const UNSUPPORTED: [RegExp, string][] = [
	[/^\s*([-*+]|\d+[.)])\s/, 'a list'],
	[/^\s*>/, 'a quotation'],
	[/!?\[[^\]]*\]\([^)]*\)/, 'a link or image'],
	[/<(?!\/?(details|summary)\b)[a-zA-Z/]/, 'an HTML or MDX tag'],
	[/(^|[^\w*])(\*\*?|__?)\S/, 'emphasis (* or _)'],
];

/** Split one line or paragraph of Markdown text into text and code runs. */
export function parseRuns(text: string): Run[] {
	const runs: Run[] = [];
	const push = (run: Run) => {
		const last = runs.at(-1);
		if (last && !last.code && !run.code) last.t += run.t;
		else if (run.t) runs.push(run);
	};
	const plain = (s: string) =>
		s
			.replace(/\\([!-/:-@[-`{-~])/g, '$1')
			.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
			.replace(/\s+/g, ' ');
	const pattern = /(`+)([\s\S]*?[^`])\1(?!`)/g;
	let at = 0;
	for (const m of text.matchAll(pattern)) {
		push({ t: plain(text.slice(at, m.index)) });
		// CommonMark: one space on each side of a code span's content is padding.
		const code = m[2]!.replace(/\n/g, ' ');
		push({ t: /^ .* $/.test(code) && code.trim() ? code.slice(1, -1) : code, code: true });
		at = m.index + m[0].length;
	}
	push({ t: plain(text.slice(at)) });
	if (runs[0] && !runs[0].code) runs[0].t = runs[0].t.trimStart();
	const last = runs.at(-1);
	if (last && !last.code) last.t = last.t.trimEnd();
	return runs.filter((r) => r.t !== '');
}

/** A card id for `question` in the note `slug`. */
export function cardId(slug: string, question: string): string {
	return `${slug}#${createHash('sha256').update(question.trim().replace(/\s+/g, ' ')).digest('hex').slice(0, 10)}`;
}

const withoutCode = (line: string) => line.replace(/(`+)[\s\S]*?\1/g, '');

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

	let open: { line: number; question?: string; body: string[] } | undefined;
	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		const trimmed = line.trim();
		const problem = (message: string) => problems.push({ line: i + 1, message });
		if (trimmed === '<details>') {
			if (open) problem('A <details> opens before the previous one is closed with </details>.');
			open = { line: i + 1, body: [] };
			continue;
		}
		if (!open) {
			if (trimmed) problem(`Only <details> questions belong under "${CHECK_YOURSELF}"; found “${trimmed.slice(0, 60)}”.`);
			continue;
		}
		const summary = /^<summary>(.*)<\/summary>$/.exec(trimmed);
		if (summary && open.question === undefined && open.body.every((l) => !l.trim())) {
			open.question = summary[1]!;
			const kind = UNSUPPORTED.find(([pattern]) => pattern.test(withoutCode(open!.question!)))?.[1];
			if (kind) problem(`A question holds ${kind}, which a review card cannot show: write it as plain text and \`code\`.`);
			continue;
		}
		if (trimmed === '</details>') {
			const { question, body } = open;
			if (question === undefined) problem('This question has no <summary>…</summary> line: write the question there.');
			const answer = body
				.join('\n')
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean);
			if (question !== undefined && answer.length === 0) problem('This question has no answer before </details>.');
			if (question !== undefined && answer.length > 0) {
				cards.push({
					id: cardId(note.slug, question),
					slug: note.slug,
					noteTitle: note.title,
					heading: CHECK_YOURSELF,
					headingId: CHECK_YOURSELF_ID,
					question: parseRuns(question),
					answer: answer.map(parseRuns),
				});
			}
			open = undefined;
			continue;
		}
		if (FENCE.test(line)) {
			problem('A code block in an answer cannot be shown on a review card: use `inline code`, or move the block into the note.');
			continue;
		}
		const kind = UNSUPPORTED.find(([pattern]) => pattern.test(withoutCode(line)))?.[1];
		if (kind) problem(`An answer holds ${kind}, which a review card cannot show: write it as plain text and \`code\`.`);
		open.body.push(line);
	}
	if (open) problems.push({ line: open.line, message: 'This <details> is never closed with </details>.' });
	return { cards, problems };
}
