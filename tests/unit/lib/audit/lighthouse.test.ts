import { expect, test } from 'vitest';
import { judge, type LighthouseResult } from '../../../../src/lib/audit/lighthouse';

function result(
	scores: Record<string, number>,
	audits: LighthouseResult['audits'] = {}
): LighthouseResult {
	const ids = Object.keys(audits);
	return {
		categories: Object.fromEntries(
			Object.entries(scores).map(([k, score]) => [
				k,
				{ score, auditRefs: ids.map((id) => ({ id, weight: 1 })) },
			])
		),
		audits,
	};
}

test('passes a page that meets every minimum', () => {
	const verdict = judge(
		result({ performance: 0.96, accessibility: 1, 'best-practices': 1, seo: 1 })
	);
	expect(verdict.scores).toEqual({
		performance: 96,
		accessibility: 100,
		'best-practices': 100,
		seo: 100,
	});
	expect(verdict.failures).toEqual([]);
});

test('names the category below its minimum and the audits that cost it points', () => {
	const verdict = judge(
		result(
			{ performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 0.92 },
			{
				'meta-description': {
					title: 'Document has a meta description',
					score: 0,
					scoreDisplayMode: 'binary',
				},
				'link-text': { title: 'Links have descriptive text', score: 1, scoreDisplayMode: 'binary' },
				hreflang: {
					title: 'Document has a valid hreflang',
					score: null,
					scoreDisplayMode: 'notApplicable',
				},
			}
		)
	);
	expect(verdict.failures).toEqual([
		{
			category: 'seo',
			score: 92,
			min: 100,
			audits: ['meta-description: Document has a meta description'],
		},
	]);
});

test('a missing category counts as zero, so a broken run cannot pass', () => {
	expect(judge(result({})).failures.map((f) => f.category)).toEqual([
		'performance',
		'accessibility',
		'best-practices',
		'seo',
	]);
});
