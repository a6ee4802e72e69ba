import type { APIRoute } from 'astro';
import { allNotes } from '../../content';
import { extractCards } from '../../lib/review/cards';

// Every "Check yourself" question of every note, in learning-path order: /review/ and the due
// counts on the home and progress pages fetch this.
export const GET: APIRoute = async () => {
	const notes = await allNotes();
	const cards = notes.flatMap((note) => {
		const { cards, problems } = extractCards(note.entry.body ?? '', note);
		if (problems.length > 0) {
			// The body is the file below its frontmatter, so the line is counted from there.
			throw new Error(
				`${note.file} has a "Check yourself" question that cannot become a review card:\n` +
					problems.map((p) => `  line ${p.line} below the frontmatter: ${p.message}`).join('\n')
			);
		}
		return cards;
	});
	return Response.json(cards);
};
