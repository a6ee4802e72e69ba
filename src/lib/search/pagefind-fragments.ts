import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Pagefind's fragments, read as its engine reads them (pagefind.js `decompress` and
 * `_loadFragmentGroup`): the one place the build depends on their private format.
 * tests/integration/pagefind-contract.test.ts reads a real index with this module and checks
 * it against what the engine loads, so a Pagefind upgrade that changes the format fails there.
 *
 * A fragment holds what Pagefind indexed of one page: its text, as it split it into words, and
 * its metadata. The typo vocabulary is built from them, so it holds the words a search can
 * find and no others, without parsing the built pages a second time.
 */

/** What a decompressed Pagefind file starts with. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The folder of an index's fragments, inside its bundle. */
export const FRAGMENT_DIR = 'fragment';

/** The part of a fragment the vocabulary reads. */
export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/**
 * Metadata Pagefind fills in by itself that is not text: the address of a page's first image.
 * (`title` and `image_alt` are words of the page.)
 */
const NOT_TEXT = new Set(['image']);

function isFragment(value: unknown): value is PagefindFragment {
	const v = value as PagefindFragment | undefined;
	return typeof v?.url === 'string' && typeof v.content === 'string' && typeof v.meta === 'object';
}

/**
 * The fragments of one `.pf_fragment` file (`name` is named in errors): one page's, or a
 * group's, an object of fragments by hash.
 */
export function readFragmentFile(bytes: Uint8Array, name: string): PagefindFragment[] {
	let text: string;
	try {
		text = gunzipSync(bytes).toString('utf8');
	} catch {
		throw new Error(`${name}: not a gzip file, so not a Pagefind 1.x fragment.`);
	}
	if (!text.startsWith(FRAGMENT_SIGNATURE))
		throw new Error(
			`${name}: no "${FRAGMENT_SIGNATURE}" signature: Pagefind's fragment format changed.`
		);
	const data = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as unknown;
	if (isFragment(data)) return [data];
	const group = Object.values(data as Record<string, unknown>);
	if (group.length > 0 && group.every(isFragment)) return group;
	throw new Error(
		`${name}: neither a fragment nor a group of them: Pagefind's fragment format changed.`
	);
}

/** The texts of a fragment a search can find: the page's text and its metadata values. */
export function fragmentTexts(fragment: PagefindFragment): string[] {
	const meta = Object.entries(fragment.meta)
		.filter(([key]) => !NOT_TEXT.has(key))
		.map(([, value]) => value);
	return [fragment.content, ...meta];
}

/** Every fragment of the Pagefind bundle in `bundle` (the folder holding pagefind.js). */
export async function readFragments(bundle: string): Promise<PagefindFragment[]> {
	const dir = join(bundle, FRAGMENT_DIR);
	const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
	const files = await Promise.all(names.map((name) => readFile(join(dir, name))));
	return files.flatMap((bytes, i) => readFragmentFile(bytes, `${FRAGMENT_DIR}/${names[i]}`));
}
