import { canStore, readProgress, writeProgress } from './progress';
import type { ReviewCard, Run } from '../lib/review/cards';
import { nextDue, reviewQueue } from '../lib/review/queue';
import { rateCard, type ReviewRating } from '../lib/review/schedule';
import { noteHref } from '../lib/url';

// The review session on /review/. Cards come as text and code runs and are written with
// textContent only: nothing from a note is ever parsed as HTML here.
const $ = <E extends HTMLElement = HTMLElement>(name: string) =>
	document.querySelector<E>(`[data-review-${name}]`)!;
const base = import.meta.env.BASE_URL;
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function runs(parent: HTMLElement, items: readonly Run[]): HTMLElement {
	parent.replaceChildren(
		...items.map((run) =>
			run.code ? Object.assign(document.createElement('code'), { textContent: run.t }) : run.t
		)
	);
	return parent;
}

async function start() {
	const response = await fetch(`${base}review/cards.json`);
	if (!response.ok) throw new Error(`review cards: HTTP ${response.status}`);
	const cards = (await response.json()) as ReviewCard[];
	const status = $('status');
	const card = $('card');
	const answer = $('answer');
	const rate = $('rate');
	let reviewed = 0;
	let current: ReviewCard | undefined;

	const show = (focus: boolean) => {
		const progress = readProgress();
		const queue = reviewQueue(cards, progress, new Date());
		current = queue[0];
		card.hidden = !current;
		if (!current) {
			const next = nextDue(cards, progress, new Date());
			const done = Object.keys(progress.notes).length;
			status.textContent =
				done === 0
					? 'No cards yet: mark a note as done, and its Check yourself questions come here.'
					: `${reviewed > 0 ? `Well done: you reviewed ${reviewed} ${reviewed === 1 ? 'card' : 'cards'}. ` : ''}Nothing is due now.` +
						(next ? ` The next card comes back on ${dateFormat.format(next)}.` : '');
			return;
		}
		status.textContent = `${queue.length} ${queue.length === 1 ? 'card' : 'cards'} due.`;
		const source = $<HTMLAnchorElement>('source');
		source.href = `${noteHref(current.slug, base)}#${current.headingId}`;
		source.textContent = `${current.noteTitle}, ${current.heading}`;
		runs($('question'), current.question);
		answer.replaceChildren(...current.answer.map((p) => runs(document.createElement('p'), p)));
		answer.hidden = true;
		rate.hidden = true;
		$('reveal').hidden = false;
		if (focus) $('question').focus();
	};

	$('reveal').addEventListener('click', () => {
		$('reveal').hidden = true;
		answer.hidden = false;
		rate.hidden = false;
		answer.focus();
	});
	for (const button of rate.querySelectorAll<HTMLButtonElement>('button[data-rating]')) {
		button.addEventListener('click', () => {
			if (!current) return;
			writeProgress(
				rateCard(readProgress(), current.id, button.dataset.rating as ReviewRating, new Date())
			);
			reviewed++;
			show(true);
		});
	}
	$('unavailable').hidden = true;
	document.querySelector<HTMLElement>('[data-review]')!.hidden = false;
	show(false);
}

if (canStore) {
	start().catch(() => {
		$('unavailable').textContent =
			'The review cards could not be loaded. Reload the page to try again.';
	});
}
