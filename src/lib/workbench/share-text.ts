import type { SharedFile } from './share.ts';

// The uncompressed fragment format, `#text=…&kind=…`, of the "Open in workbench" links on
// note pages (see block-link.ts for why it is not compressed).

const KINDS = new Set(['auto', 'dockerfile', 'compose']);

/** The fragment (with `#`) for a file, percent-encoded and uncompressed. */
export function encodeTextShare(file: Pick<SharedFile, 'text' | 'kind' | 'fragment'>): string {
	const params = new URLSearchParams({ text: file.text });
	if (file.kind && file.kind !== 'auto') params.set('kind', file.kind);
	if (file.fragment) params.set('fragment', '1');
	return `#${params}`;
}

/** Read a fragment made by encodeTextShare; undefined for anything else. */
export function decodeTextShare(hash: string): SharedFile | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const text = params.get('text');
	if (text === null || !hash.replace(/^#/, '').startsWith('text=')) return undefined;
	const file: SharedFile = { text };
	const kind = params.get('kind');
	if (kind && KINDS.has(kind)) file.kind = kind as SharedFile['kind'] & string;
	if (params.get('fragment') === '1') file.fragment = true;
	return file;
}
