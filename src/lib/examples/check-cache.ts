import { withoutExampleId } from './anchors.ts';
import { checkCodeBlock, type BlockReport, type CodeBlock } from './check-block.ts';

/** checkCodeBlock with a memory, shared by the plugins that see the same block. */
export type CheckBlock = (block: CodeBlock) => BlockReport;

/**
 * A memoised checkCodeBlock, so the highlighter reuses the report the check plugin made for
 * the same block instead of checking it twice. The example id the check plugin adds to the
 * meta is ignored; the oldest reports are dropped past `limit`, for long `astro dev` sessions.
 */
export function createCheckCache(limit = 1000): CheckBlock {
	const reports = new Map<string, BlockReport>();
	return (block) => {
		const key = `${block.lang ?? ''}\u0000${withoutExampleId(block.meta)}\u0000${block.value}`;
		const known = reports.get(key);
		if (known) return known;
		const report = checkCodeBlock(block);
		reports.set(key, report);
		if (reports.size > limit) reports.delete(reports.keys().next().value!);
		return report;
	};
}
