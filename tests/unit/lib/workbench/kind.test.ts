import { describe, expect, test } from 'vitest';
import { detectKind } from '../../../../src/lib/workbench/kind.ts';

describe('detectKind', () => {
	test('a FROM makes a Dockerfile', () => {
		expect(detectKind('# syntax=docker/dockerfile:1\nFROM alpine:3.22\nRUN true\n')).toEqual({
			kind: 'dockerfile',
			detected: true,
		});
	});
	test('a lower-case from counts too, as Docker reads it', () => {
		expect(detectKind('from alpine:3.22\n')).toEqual({ kind: 'dockerfile', detected: true });
	});
	test('a top-level services: makes a Compose file', () => {
		expect(detectKind('services:\n  web:\n    image: nginx:1.30\n')).toEqual({
			kind: 'compose',
			detected: true,
		});
	});
	test('services: nested under another key is not Compose', () => {
		expect(detectKind('spec:\n  services:\n    - web\n').kind).toBe('dockerfile');
		expect(detectKind('spec:\n  services:\n    - web\n').detected).toBe(false);
	});
	test('a Compose file with broken YAML is still Compose', () => {
		expect(detectKind('services:\n  web:\n    image: [\n').kind).toBe('compose');
	});
	test('text with neither is a Dockerfile, marked as not detected', () => {
		expect(detectKind('RUN echo hi\n')).toEqual({ kind: 'dockerfile', detected: false });
	});
	test('the chosen kind overrides what the text says', () => {
		expect(detectKind('FROM alpine:3.22\n', 'compose')).toEqual({
			kind: 'compose',
			detected: true,
		});
		expect(detectKind('services: {}\n', 'dockerfile').kind).toBe('dockerfile');
	});
});
