/** One note as llms.txt lists it. */
export interface LlmsNote {
	title: string;
	description: string;
	/** Absolute URL of the note's Markdown twin. */
	markdownUrl: string;
}

/** What llms.txt says about the site, section by section in learning-path order. */
export interface LlmsInput {
	title: string;
	description: string;
	/** Extra sentences after the summary: how the notes are organised and where to find them. */
	details: string;
	sections: { name: string; notes: LlmsNote[] }[];
}

/** Keep a value on one line: llms.txt is a Markdown list, one link per line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The site's llms.txt (https://llmstxt.org): an H1, a one-line summary as a quote, details,
 * then one H2 per section listing each note's Markdown twin with its description.
 */
export function llmsTxt(input: LlmsInput): string {
	const lines = [
		`# ${oneLine(input.title)}`,
		'',
		`> ${oneLine(input.description)}`,
		'',
		input.details.trim(),
		'',
	];
	for (const section of input.sections) {
		if (section.notes.length === 0) continue;
		lines.push(`## ${oneLine(section.name)}`, '');
		for (const note of section.notes) {
			// Brackets in a title would end the link text early.
			const title = oneLine(note.title).replace(/[[\]]/g, '\\$&');
			lines.push(`- [${title}](${note.markdownUrl}): ${oneLine(note.description)}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
