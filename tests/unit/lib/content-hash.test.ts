import { describe, expect, test } from 'vitest';
import { CONTENT_HASH_LENGTH, contentHash, normalizeForHash } from '../../../src/lib/content-hash';

const body =
	'## Layers\n\nEach instruction adds a layer.\n\n```dockerfile\nFROM alpine:3.20\n  RUN echo hi\n```\n';

describe('content hash', () => {
	test('is a short lowercase hex string', () => {
		expect(contentHash(body)).toMatch(new RegExp(`^[0-9a-f]{${CONTENT_HASH_LENGTH}}$`));
	});

	test('ignores Windows line endings, trailing spaces and extra blank lines', () => {
		const noisy = `\n\n${body.replace(/\n/g, '  \r\n').replace('layer.', 'layer.\t')}\n\n\n`;
		expect(normalizeForHash(noisy)).toBe(normalizeForHash(body));
		expect(contentHash(noisy)).toBe(contentHash(body));
		expect(contentHash(body.replace('\n\n', '\n\n\n\n'))).toBe(contentHash(body));
	});

	test('changes when a word changes', () => {
		expect(contentHash(body.replace('adds', 'creates'))).not.toBe(contentHash(body));
	});

	test('changes when indentation inside a line changes, since code depends on it', () => {
		expect(contentHash(body.replace('  RUN', 'RUN'))).not.toBe(contentHash(body));
	});

	test('changes when a paragraph is split, since that is a real edit', () => {
		expect(contentHash(body.replace('Each instruction', 'Each\n\ninstruction'))).not.toBe(
			contentHash(body)
		);
	});
});
