import { describe, expect, test } from 'vitest';
import {
	checkFileBytes,
	firstInvalidUtf8,
	MAX_NOTE_BYTES,
} from '../../../../src/lib/content-check/file-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('encoding', () => {
	test('finds the first byte that is not UTF-8, and accepts every valid sequence', () => {
		expect(firstInvalidUtf8(utf8('plain, café, 日本, 🐳'))).toBe(-1);
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe9, 0x74]))).toBe(2);
		// An overlong "/" and a UTF-16 surrogate are not UTF-8 either.
		expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
		expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
		expect(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x90]))).toBe(0);
	});

	test('reports a Latin-1 file with the byte, its offset and its line', () => {
		const bytes = new Uint8Array([...utf8('---\ntitle: x\n---\n\nCaf'), 0xe9, ...utf8('\n')]);
		const { text, diagnostics } = checkFileBytes(bytes);
		expect(text).toBeUndefined();
		expect(diagnostics).toEqual([
			expect.objectContaining({
				rule: 'file-encoding',
				line: 5,
				column: 4,
				message: expect.stringContaining('byte 0xE9 at byte offset 21 (line 5)'),
			}),
		]);
		expect(diagnostics[0]?.fix).toContain('UTF-8');
	});
});

test('an empty or blank file is reported as empty', () => {
	expect(checkFileBytes(new Uint8Array()).diagnostics).toEqual([
		expect.objectContaining({ rule: 'file-empty', line: 1 }),
	]);
	expect(checkFileBytes(utf8(' \n\n\t')).diagnostics).toEqual([
		expect.objectContaining({ rule: 'file-empty' }),
	]);
});

test('a file over the limit is reported with the limit, before it is decoded', () => {
	const big = new Uint8Array(MAX_NOTE_BYTES + 1).fill(0xff);
	const { text, diagnostics } = checkFileBytes(big);
	expect(text).toBeUndefined();
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'file-size',
			message: expect.stringContaining('the limit for a note is 512 KB'),
		}),
	]);
	expect(checkFileBytes(utf8('x'.repeat(MAX_NOTE_BYTES))).diagnostics).toEqual([]);
});

test('a BOM is reported and removed from the text', () => {
	const { text, diagnostics } = checkFileBytes(utf8('\uFEFF---\ntitle: x\n---\n'));
	expect(text?.startsWith('---')).toBe(true);
	expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file-bom', line: 1 })]);
});

test('control and bidirectional characters are reported at their line and column; tabs and CRLF are fine', () => {
	const { diagnostics } = checkFileBytes(utf8('ok\tline\r\nbell\u0007here\nsafe \u202Eevil\n'));
	expect(diagnostics).toEqual([
		expect.objectContaining({
			rule: 'file-control-character',
			line: 2,
			column: 5,
			message: expect.stringContaining('U+0007'),
		}),
		expect.objectContaining({
			rule: 'file-control-character',
			line: 3,
			column: 6,
			message: expect.stringContaining('U+202E'),
		}),
	]);
});
