import { createHash } from 'node:crypto';

/** How many hex digits of the SHA-256 a note's content hash keeps: enough to tell edits apart. */
export const CONTENT_HASH_LENGTH = 12;

/**
 * The text a note's hash is taken from: line endings, trailing spaces and runs of blank lines
 * don't change what a reader sees, so they must not mark the note as updated.
 */
export function normalizeForHash(body: string): string {
	return body
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A short, stable fingerprint of a note's MDX body, computed at build time. */
export function contentHash(body: string): string {
	return createHash('sha256')
		.update(normalizeForHash(body))
		.digest('hex')
		.slice(0, CONTENT_HASH_LENGTH);
}
