import { expect, test } from 'vitest';
import { exampleHealthMarkdown } from '../../../../src/lib/content-check/summary';
import type { ContentReport } from '../../../../src/lib/content-check/check-content';

const report: ContentReport = {
	noteCount: 1,
	diagnostics: [],
	notes: [
		{
			file: 'content/notes/a.mdx',
			blocks: [
				{
					line: 10,
					lang: 'dockerfile',
					kind: 'dockerfile',
					status: 'checked',
					reason: undefined,
					diagnostics: [],
				},
				{
					line: 20,
					lang: 'yaml',
					kind: 'compose',
					status: 'checked',
					reason: undefined,
					diagnostics: [
						{
							line: 22,
							column: 1,
							rule: 'ObsoleteVersion',
							severity: 'warning',
							message: 'The `version` key | is obsolete',
						},
					],
				},
				{
					line: 30,
					lang: 'dockerfile',
					kind: 'dockerfile',
					status: 'skipped',
					reason: 'marked nocheck (intentionally wrong)',
					diagnostics: [],
				},
				{
					line: 40,
					lang: 'console',
					kind: undefined,
					status: 'shown',
					reason: undefined,
					diagnostics: [],
				},
			],
		},
	],
};

test('the example-health report lists every block with its status and findings', () => {
	const md = exampleHealthMarkdown(report);
	expect(md).toContain(
		'1 notes, 4 code blocks. 3 are Dockerfile or Compose examples: 2 checked, 1 skipped, 0 with errors, 1 with warnings.'
	);
	expect(md).toContain('| `content/notes/a.mdx:10` | dockerfile | ✅ Dockerfile checked | — |');
	expect(md).toContain(
		'| `content/notes/a.mdx:20` | yaml | ✅ Compose checked | warning line 22 [ObsoleteVersion] The `version` key \\| is obsolete |'
	);
	expect(md).toContain(
		'| `content/notes/a.mdx:30` | dockerfile | ⏭️ Dockerfile skipped: marked nocheck (intentionally wrong) | — |'
	);
	expect(md).toContain(
		'| `content/notes/a.mdx:40` | console | shown as written (no checker for this language) | — |'
	);
});
