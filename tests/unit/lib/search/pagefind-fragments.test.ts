import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
	FRAGMENT_SIGNATURE,
	fragmentTexts,
	readFragmentFile,
	readFragments,
} from '../../../../src/lib/search/pagefind-fragments';

/** A fragment file as Pagefind 1.x writes it: gzip of the signature and the JSON. */
const file = (data: unknown, signature = FRAGMENT_SIGNATURE) =>
	gzipSync(signature + JSON.stringify(data));

const fragment = (url: string, content: string, meta: Record<string, string> = {}) => ({
	url,
	content,
	meta,
	word_count: content.split(' ').length,
	filters: {},
	anchors: [],
});

describe("reading Pagefind's fragments", () => {
	test("one page's fragment", () => {
		const one = fragment('/notes/a/', 'Healthchecks probe containers.', { title: 'Probes' });
		expect(readFragmentFile(file(one), 'fragment/en_1.pf_fragment')).toEqual([one]);
	});

	test('a group of fragments, by hash', () => {
		const a = fragment('/notes/a/', 'alpha');
		const b = fragment('/notes/b/', 'beta');
		expect(readFragmentFile(file({ en_a: a, en_b: b }), 'fragment/en_g.pf_fragment')).toEqual([
			a,
			b,
		]);
	});

	test('a file of another format fails the build, naming the file and why', () => {
		const one = fragment('/notes/a/', 'alpha');
		expect(() => readFragmentFile(file(one, 'pagefind_xyz'), 'fragment/en_1.pf_fragment')).toThrow(
			'fragment/en_1.pf_fragment: no "pagefind_dcd" signature'
		);
		expect(() => readFragmentFile(Buffer.from('plain'), 'fragment/en_2.pf_fragment')).toThrow(
			'fragment/en_2.pf_fragment: not a gzip file'
		);
		expect(() =>
			readFragmentFile(file({ en_a: { text: 'alpha' } }), 'fragment/en_3.pf_fragment')
		).toThrow('fragment/en_3.pf_fragment: neither a fragment nor a group of them');
	});

	test("the texts a search finds: the page's text and metadata, not the address of its image", () => {
		const texts = fragmentTexts(
			fragment('/notes/a/', 'Body words.', {
				title: 'Title words',
				section: 'Building images',
				image: '/_astro/diagram.png',
				image_alt: 'A stage diagram',
			})
		);
		expect(texts).toEqual(['Body words.', 'Title words', 'Building images', 'A stage diagram']);
	});

	test('every fragment file of a bundle, and nothing else in its folder', async () => {
		const bundle = mkdtempSync(join(tmpdir(), 'dn-fragments-'));
		try {
			mkdirSync(join(bundle, 'fragment'));
			writeFileSync(join(bundle, 'fragment/en_b.pf_fragment'), file(fragment('/b/', 'beta')));
			writeFileSync(join(bundle, 'fragment/en_a.pf_fragment'), file(fragment('/a/', 'alpha')));
			writeFileSync(join(bundle, 'fragment/notes.txt'), 'not a fragment');
			const read = await readFragments(bundle);
			expect(read.map((f) => f.url)).toEqual(['/a/', '/b/']);
		} finally {
			rmSync(bundle, { recursive: true, force: true });
		}
	});
});
