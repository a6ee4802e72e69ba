// What the built HTML of a page shows by itself, read without a browser: these checks once
// opened each page in Chromium only to read its DOM (tests/e2e/review.test.ts and
// first-listing.test.ts). How the page looks and behaves stays in tests/e2e.
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { readDist, sourceNotes } from '../built-site';

let parser: Parser;
beforeAll(async () => {
	parser = new Parser(await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html'));
});

/** The built page at a site path such as `/notes/compose/`. */
const pageAt = (path: string) => parser.parseHtml(readDist(`${path.slice(1)}index.html`));
const text = (element: HtmlElement) => element.textContent.trim();

interface Card {
	slug: string;
	question: { t: string }[];
}
const cards = JSON.parse(readDist('review/cards.json')) as Card[];
const runs = (list: { t: string }[]) => list.map((r) => r.t).join('');

/** The questions of a note's Check yourself section, as the page shows them. */
function questionsOf(page: HtmlElement): string[] {
	return page.querySelectorAll('h2#check-yourself ~ details > summary').map(text);
}

test.for(sourceNotes())(
	'review/cards.json holds every Check yourself question of $slug',
	(note) => {
		const questions = questionsOf(pageAt(`/notes/${note.slug}/`));
		expect(questions.length).toBeGreaterThan(0);
		expect(cards.filter((c) => c.slug === note.slug).map((c) => runs(c.question))).toEqual(
			questions
		);
	}
);

test('the twin: the questions are read from the Check yourself section only', () => {
	const page = parser.parseHtml(
		'<details><summary>Before</summary></details><h2 id="check-yourself">Check yourself</h2>' +
			'<details><summary> Asked </summary><p>Answer</p></details>'
	);
	expect(questionsOf(page)).toEqual(['Asked']);
	expect(questionsOf(parser.parseHtml('<details><summary>Q</summary></details>'))).toEqual([]);
});

/** Each listing of a page: whether it is marked wrong, its title, and whether it has a checked badge. */
function listings(page: HtmlElement) {
	return page.querySelectorAll('main figure.dn-code').map((figure) => ({
		wrong: figure.querySelector('.dn-code-wrong') !== null,
		checked: figure.querySelector('.dn-checked') !== null,
		title: figure.querySelector('.dn-code-title')?.textContent ?? '',
	}));
}

// These notes once opened with an old, deliberately wrong example. A reader who copies the
// first listing of a note must get one the site has checked; the old one may follow, labelled.
// That the badge shows on screen: tests/e2e/examples.test.ts ("checked blocks say …").
test.for(['compose', 'dockerfile', 'multi-stage-builds'])(
	'the first listing of /notes/%s/ is a checked example, and the outdated one comes later, labelled',
	(slug) => {
		const states = listings(pageAt(`/notes/${slug}/`));
		expect(states[0]).toMatchObject({ checked: true, wrong: false });
		const outdated = states.findIndex((s) => s.wrong && /outdated/i.test(s.title));
		expect(outdated, 'an outdated listing labelled as such').toBeGreaterThan(0);
	}
);
