import { expect, test } from 'vitest';
import { llmsTxt } from '../../../../src/lib/seo/llms-txt';

const input = {
	title: 'Docker Notes',
	description: 'Notes for\nlearning Docker.',
	details: 'Each link is Markdown.',
	sections: [
		{
			name: 'Foundations',
			notes: [
				{
					title: 'What [Docker] is',
					description: 'The platform.',
					markdownUrl: 'https://x.org/notes/what-is-docker.md',
				},
			],
		},
		{ name: 'Empty', notes: [] },
	],
};

test('follows the llms.txt shape: H1, quoted summary, details, one H2 per section with links', () => {
	expect(llmsTxt(input)).toBe(
		[
			'# Docker Notes',
			'',
			'> Notes for learning Docker.',
			'',
			'Each link is Markdown.',
			'',
			'## Foundations',
			'',
			'- [What \\[Docker\\] is](https://x.org/notes/what-is-docker.md): The platform.',
			'',
		].join('\n')
	);
});

test('leaves out sections without notes', () => {
	expect(llmsTxt(input)).not.toContain('## Empty');
});
