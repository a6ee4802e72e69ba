import { expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/toc';

test('nests h3 headings under the h2 before them and leaves other depths out', () => {
	const toc = buildToc([
		{ depth: 3, slug: 'orphan', text: 'Orphan' },
		{ depth: 2, slug: 'a', text: 'A' },
		{ depth: 3, slug: 'a1', text: 'A1' },
		{ depth: 4, slug: 'deep', text: 'Deep' },
		{ depth: 2, slug: 'b', text: 'B' },
	]);
	expect(toc).toEqual([
		{ slug: 'orphan', text: 'Orphan', children: [] },
		{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
		{ slug: 'b', text: 'B', children: [] },
	]);
});
