/** The four Lighthouse categories we score, in report order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the four Lighthouse categories. */
export type Category = (typeof CATEGORIES)[number];

/** The lowest score (0-100) each category may have before `npm run audit` fails. */
export const MIN_SCORES: Record<Category, number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
};

/** The part of a Lighthouse result (LHR) the summary reads. */
export interface LighthouseResult {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<
		string,
		{ title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
	>;
}

/** A page's scores, each category's shortfall against MIN_SCORES, and the audits behind it. */
export interface PageVerdict {
	scores: Record<Category, number>;
	failures: { category: Category; score: number; min: number; audits: string[] }[];
}

/** Score a Lighthouse result against MIN_SCORES and name the audits that cost points. */
export function judge(
	lhr: LighthouseResult,
	min: Record<Category, number> = MIN_SCORES
): PageVerdict {
	const scores = {} as Record<Category, number>;
	const failures: PageVerdict['failures'] = [];
	for (const category of CATEGORIES) {
		const entry = lhr.categories[category];
		const score = Math.round((entry?.score ?? 0) * 100);
		scores[category] = score;
		if (score >= min[category]) continue;
		const audits = (entry?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
			.filter(
				({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && (audit.score ?? 1) < 1
			)
			.map(
				({ id, audit }) =>
					`${id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`
			);
		failures.push({ category, score, min: min[category], audits });
	}
	return { scores, failures };
}
