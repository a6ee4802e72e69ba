import { expect, test } from 'vitest';
import { withCorrection, type CorrectionNotice } from '../../../../src/lib/search/corrected-engine';
import type { PagefindEngine, PagefindResponse } from '../../../../src/lib/search/pagefind-adapter';
import { buildVocabulary } from '../../../../src/lib/search/vocabulary';

const vocabulary = buildVocabulary(['dockerfile dockerfile docker compose healthcheck']);

/** A response of `n` results; only their number matters here. */
const found = (n: number) => ({ results: Array.from({ length: n }) }) as PagefindResponse;

/** A notice and a result count that record what they were told, in order. */
function recordingView() {
	const said: string[] = [];
	const notice: CorrectionNotice = {
		exact: undefined,
		show: (typed, corrected) => said.push(`show ${typed} -> ${corrected}`),
		hide: () => said.push('hide'),
	};
	const view = { notice, count: (total: number) => said.push(`count ${total}`) };
	return { view, said };
}

/** An engine that answers each term from a table, and records the terms it was asked. */
function engineOf(answers: Record<string, () => Promise<PagefindResponse | null>>) {
	const asked: string[] = [];
	const engine: PagefindEngine = {
		search: (term) => {
			asked.push(term ?? '');
			return answers[term ?? '']?.() ?? Promise.resolve(found(0));
		},
	};
	return { engine, asked };
}

function corrected(engine: PagefindEngine, view: ReturnType<typeof recordingView>['view']) {
	return withCorrection(engine, {
		vocabulary: async () => vocabulary,
		prefetch: (response) => response,
		...view,
	});
}

test('an unknown word is searched corrected, and the notice says so', async () => {
	const { engine, asked } = engineOf({
		dockerfle: async () => found(9),
		dockerfile: async () => found(2),
	});
	const { view, said } = recordingView();
	const response = await corrected(engine, view).search('dockerfle');
	expect(response?.results).toHaveLength(2);
	expect(asked).toEqual(['dockerfle', 'dockerfile']);
	expect(said).toEqual(['show dockerfle -> dockerfile', 'count 2']);
});

test('known words are searched as typed, and the notice is hidden', async () => {
	const { engine, asked } = engineOf({ compose: async () => found(3) });
	const { view, said } = recordingView();
	expect((await corrected(engine, view).search('compose'))?.results).toHaveLength(3);
	expect(asked).toEqual(['compose']);
	expect(said).toEqual(['hide', 'count 3']);
});

test('a correction that finds nothing falls back to the words as typed', async () => {
	const { engine } = engineOf({ dockerfle: async () => found(4) });
	const { view, said } = recordingView();
	expect((await corrected(engine, view).search('dockerfle'))?.results).toHaveLength(4);
	expect(said).toEqual(['hide', 'count 4']);
});

test('the query the reader chose to see uncorrected is searched as typed', async () => {
	const { engine, asked } = engineOf({ dockerfle: async () => found(4) });
	const { view } = recordingView();
	view.notice.exact = 'dockerfle';
	await corrected(engine, view).search('dockerfle');
	expect(asked).toEqual(['dockerfle']);
	// Typing something else ends that choice.
	await corrected(engine, view).search('healthchek');
	expect(view.notice.exact).toBeUndefined();
	expect(asked).toContain('healthcheck');
});

test('an older search that ends last does not change the notice', async () => {
	let finishOld!: (response: PagefindResponse) => void;
	const { engine } = engineOf({
		compose: () => new Promise((resolve) => (finishOld = resolve)),
		docker: async () => found(5),
	});
	const { view, said } = recordingView();
	const search = corrected(engine, view);
	const old = search.search('compose');
	await search.search('docker');
	finishOld(found(1));
	await old;
	expect(said).toEqual(['hide', 'count 5']);
});

test('when the corrected search wins, a failed search as typed is handled, not left unhandled', async () => {
	const unhandled: unknown[] = [];
	const record = (reason: unknown) => unhandled.push(reason);
	process.on('unhandledRejection', record);
	try {
		const { engine } = engineOf({
			dockerfle: async () => {
				throw new Error('the index fragment failed to load');
			},
			dockerfile: async () => found(2),
		});
		const { view } = recordingView();
		expect((await corrected(engine, view).search('dockerfle'))?.results).toHaveLength(2);
		// Node reports an unhandled rejection after the microtasks of the turn have run.
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(unhandled).toEqual([]);
	} finally {
		process.off('unhandledRejection', record);
	}
});

test('when the search as typed is the answer, its failure still reaches the caller', async () => {
	const { engine } = engineOf({
		compose: async () => {
			throw new Error('the index fragment failed to load');
		},
	});
	const { view } = recordingView();
	await expect(corrected(engine, view).search('compose')).rejects.toThrow('failed to load');
});
