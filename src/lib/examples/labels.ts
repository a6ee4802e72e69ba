import type { BlockReport } from './check-block.ts';

/** What the "checked" badge of a block says was checked; undefined when nothing was. */
export function checkedLabel(
	report: Pick<BlockReport, 'kind' | 'checked' | 'fragment'>
): string | undefined {
	if (!report.checked) return undefined;
	if (report.kind === 'compose') return 'Compose file checked against the Compose Specification';
	// A fragment's `--from` may name stages defined elsewhere, so stages are not claimed.
	if (report.fragment) return 'Dockerfile fragment checked: syntax, BuildKit rules';
	return 'Dockerfile checked: syntax, stages, BuildKit rules';
}
