import type { CodeBlockEntry } from './code-fences.ts';
import type { ContentReport } from './check-content.ts';

/** A table cell's text with pipes and line breaks escaped. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** How a block fared, in a few words. */
function status(block: CodeBlockEntry): string {
	const what =
		block.kind === 'compose' ? 'Compose' : block.kind === 'dockerfile' ? 'Dockerfile' : undefined;
	const errors = block.diagnostics.filter((d) => d.severity === 'error').length;
	if (block.status === 'checked')
		return errors > 0
			? `❌ ${what} checked: ${errors} error${errors === 1 ? '' : 's'}`
			: `✅ ${what} checked`;
	if (block.status === 'skipped') return `⏭️ ${what} skipped: ${block.reason ?? 'no reason given'}`;
	return 'shown as written (no checker for this language)';
}

/** The "example health" report in Markdown: every code block, checked or skipped and why, and findings. */
export function exampleHealthMarkdown(report: ContentReport): string {
	const rows = report.notes.flatMap((note) =>
		note.blocks.map((block) => ({ file: note.file, block }))
	);
	const examples = rows.filter((r) => r.block.kind !== undefined);
	const checked = examples.filter((r) => r.block.status === 'checked');
	const failing = checked.filter((r) => r.block.diagnostics.some((d) => d.severity === 'error'));
	const warned = examples.filter((r) => r.block.diagnostics.some((d) => d.severity === 'warning'));
	const lines = [
		'## Example health',
		'',
		`${report.noteCount} notes, ${rows.length} code blocks. ` +
			`${examples.length} are Dockerfile or Compose examples: ${checked.length} checked, ` +
			`${examples.length - checked.length} skipped, ${failing.length} with errors, ${warned.length} with warnings.`,
		'',
		'| Where | Language | Status | Findings |',
		'| --- | --- | --- | --- |',
	];
	for (const { file, block } of rows) {
		const findings =
			block.diagnostics
				.map((d) => `${d.severity} line ${d.line} [${d.rule}] ${d.message}`)
				.join('<br>') || '—';
		lines.push(
			`| \`${file}:${block.line}\` | ${cell(block.lang ?? '(none)')} | ${cell(status(block))} | ${cell(findings)} |`
		);
	}
	return `${lines.join('\n')}\n`;
}
