import { LIMITS } from '../content-policy/allowlist.ts';
import type { FileDiagnostic } from './diagnostic.ts';

/** The largest note we accept: beyond this a note should be split, and parsing slows every build. */
export const MAX_NOTE_BYTES = LIMITS.fileBytes;

/** What reading a note's bytes found: its text when it is usable, and the problems. */
export interface FileBytesResult {
	/** The decoded text without a BOM, or undefined when the file cannot be read as a note. */
	text: string | undefined;
	diagnostics: FileDiagnostic[];
}

/** Where the first byte that breaks UTF-8 sits, or -1 when every byte sequence is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		// How many continuation bytes follow, and the smallest code point this length may encode.
		const [extra, min] =
			b < 0x80
				? [0, 0]
				: b >= 0xc2 && b < 0xe0
					? [1, 0x80]
					: (b & 0xf0) === 0xe0
						? [2, 0x800]
						: b >= 0xf0 && b < 0xf5
							? [3, 0x10000]
							: [-1, 0];
		if (extra < 0) return i;
		let cp = extra === 0 ? b : b & (0x3f >> extra);
		for (let k = 1; k <= extra; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
		if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
		i += extra + 1;
	}
	return -1;
}

/** The 1-based line and column (in bytes) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

// C0 controls except tab, LF and CR; DEL; C1 controls; and the bidirectional overrides and
// isolates that make text read differently from how it runs ("Trojan Source", CVE-2021-42574).
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Report control and bidirectional characters, at most one per line, which no editor shows. */
function checkInvisible(text: string): FileDiagnostic[] {
	const found: FileDiagnostic[] = [];
	const lines = text.split('\n');
	lines.forEach((lineText, index) => {
		INVISIBLE.lastIndex = 0;
		const match = INVISIBLE.exec(lineText);
		if (!match) return;
		const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
		found.push({
			line: index + 1,
			column: match.index + 1,
			rule: 'file-control-character',
			severity: 'error',
			message: `Line ${index + 1} holds an invisible control character (${code})`,
			fix: 'Delete it; retype the text around it if you cannot see it (it often comes with copy and paste)',
		});
	});
	return found;
}

/** Check a note's raw bytes: size first, then encoding, emptiness, BOM and invisible characters. */
export function checkFileBytes(bytes: Uint8Array, maxBytes = MAX_NOTE_BYTES): FileBytesResult {
	// Size comes first: a huge file is not worth decoding or parsing.
	if (bytes.length > maxBytes) {
		// Rounded up, so a file just over the limit never reads as "512 KB; the limit is 512 KB".
		const size = Math.ceil(bytes.length / 1024);
		return {
			text: undefined,
			diagnostics: [
				{
					line: 1,
					rule: 'file-size',
					severity: 'error',
					message: `The file is ${size} KB; the limit for a note is ${maxBytes / 1024} KB`,
					fix: 'Split it into several notes, or move long listings into smaller examples',
				},
			],
		};
	}
	let text: string;
	try {
		// ignoreBOM keeps a BOM in the text, so that it can be reported below.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const invalid = Math.max(0, firstInvalidUtf8(bytes));
		const { line, column } = bytePosition(bytes, invalid);
		const byte = `0x${(bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
		return {
			text: undefined,
			diagnostics: [
				{
					line,
					column,
					rule: 'file-encoding',
					severity: 'error',
					message: `The file is not UTF-8: byte ${byte} at byte offset ${invalid} (line ${line}) is not valid UTF-8`,
					fix: 'Save the file as UTF-8 in your editor (in VS Code: "Save with Encoding", then "UTF-8")',
				},
			],
		};
	}
	const diagnostics: FileDiagnostic[] = [];
	if (text.startsWith('\uFEFF')) {
		text = text.slice(1);
		diagnostics.push({
			line: 1,
			rule: 'file-bom',
			severity: 'error',
			message:
				'The file starts with a byte order mark (BOM), which hides the frontmatter from some tools',
			fix: 'Save it as "UTF-8" rather than "UTF-8 with BOM"',
		});
	}
	if (text.trim() === '') {
		return {
			text: undefined,
			diagnostics: [
				{
					line: 1,
					rule: 'file-empty',
					severity: 'error',
					message: 'The file is empty',
					fix: 'Write the note (start from `npm run new-note -- "Title" --section <section>`), or delete the file',
				},
			],
		};
	}
	diagnostics.push(...checkInvisible(text));
	return { text, diagnostics };
}
