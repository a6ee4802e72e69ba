// CommonJS: Node gives no named exports for it, so take the functions off the default export.
import LZString from 'lz-string';
import type { KindChoice } from './kind.ts';
import { decodeTextShare } from './share-text.ts';

/** What a shared link carries: the text and the choices made around it. */
export interface SharedFile {
	text: string;
	kind?: KindChoice;
	/** A note's `fragment` block: checked without requiring FROM. */
	fragment?: boolean;
	/** A `.dockerignore` pasted next to the Dockerfile. */
	ignore?: string;
}

/** The fragment key; `#code=…` leaves room for other keys later. */
const KEY = 'code=';
/** Longer fragments are refused rather than decompressed: no real Dockerfile is near this. */
const MAX_FRAGMENT = 200_000;
const KINDS = new Set(['auto', 'dockerfile', 'compose']);

/** The URL fragment (with `#`) that holds a file, compressed so links stay short. */
export function encodeShare(file: SharedFile): string {
	const data: Record<string, unknown> = { t: file.text };
	if (file.kind && file.kind !== 'auto') data.k = file.kind;
	if (file.fragment) data.f = 1;
	if (file.ignore) data.i = file.ignore;
	return `#${KEY}${LZString.compressToEncodedURIComponent(JSON.stringify(data))}`;
}

/** Read a fragment made by encodeShare or encodeTextShare; undefined for anything else (or a damaged link). */
export function decodeShare(hash: string): SharedFile | undefined {
	const fragment = hash.replace(/^#/, '');
	if (fragment.startsWith('text='))
		return fragment.length > MAX_FRAGMENT ? undefined : decodeTextShare(fragment);
	if (!fragment.startsWith(KEY) || fragment.length > MAX_FRAGMENT) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(LZString.decompressFromEncodedURIComponent(fragment.slice(KEY.length)) ?? '');
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { t, k, f, i } = data as Record<string, unknown>;
	if (typeof t !== 'string') return undefined;
	const file: SharedFile = { text: t };
	if (typeof k === 'string' && KINDS.has(k)) file.kind = k as KindChoice;
	if (f === 1) file.fragment = true;
	if (typeof i === 'string') file.ignore = i;
	return file;
}
