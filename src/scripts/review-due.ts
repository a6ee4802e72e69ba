import { canStore, readProgress } from './progress';
import { reviewQueue, type QueueCard } from '../lib/review/queue';

// The number of review cards due, on the pages that say it. The card list is fetched only for
// a reader who has marked a note as done; nothing leaves the browser.
const el = document.querySelector<HTMLElement>('[data-review-due]');
const progress = canStore ? readProgress() : undefined;
if (el && progress && Object.keys(progress.notes).length > 0) {
	fetch(`${import.meta.env.BASE_URL}review/cards.json`)
		.then((response) => (response.ok ? (response.json() as Promise<QueueCard[]>) : undefined))
		.then((cards) => {
			if (!cards) return;
			const due = reviewQueue(cards, readProgress(), new Date()).length;
			el.querySelector('a')!.textContent =
				due === 0
					? 'No review cards due today'
					: `${due} review ${due === 1 ? 'card' : 'cards'} due today: review now`;
			el.hidden = false;
		})
		.catch(() => {});
}
