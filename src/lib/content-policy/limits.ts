import { LIMITS } from './allowlist.ts';

/** A note refused before it is parsed, at a 1-based line. */
export interface LimitProblem {
	line: number;
	rule: string;
	message: string;
	fix: string;
}

const FENCE = /^ {0,3}(?:[>*+-] {0,4}|\d{1,9}[.)] {0,4})*(`{3,}|~{3,})/;
/** One container marker at the start of a line: a quote `>`, a bullet or a numbered item. */
const CONTAINER = /^ {0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * Refuse a note whose size (which bounds its longest line too) or nesting would make the MDX parser slow or crash (thousands of
 * nested quotes, lists, elements or brackets), before it is parsed. Linear in the file: it
 * counts, per line, the quote and list markers, and across lines outside code fences, how deep
 * `{ ( [` brackets and `<tag>` elements open. Real notes stay far below `LIMITS.depth`.
 */
export function checkSourceLimits(
	text: string,
	bytes: number = text.length
): LimitProblem | undefined {
	if (bytes > LIMITS.fileBytes) {
		return {
			line: 1,
			rule: 'file-size',
			message: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; a note may be at most ${LIMITS.fileBytes / 1024 / 1024} MiB`,
			fix: 'Split it into several notes, and put large data in a file under `public/` that the note links to',
		};
	}
	let brackets = 0;
	let tags = 0;
	let fence: string | undefined;
	let start = 0;
	for (let line = 1; start <= text.length; line++) {
		const end = text.indexOf('\n', start);
		const stop = end < 0 ? text.length : end;
		const content = text.slice(start, stop);
		start = stop + 1;
		const marker = FENCE.exec(content)?.[1];
		if (fence !== undefined) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			continue;
		}
		if (marker) {
			fence = marker;
			continue;
		}
		let rest = content;
		let containers = 0;
		for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
			containers++;
			rest = rest.slice(match[0].length);
			if (containers > LIMITS.depth) break;
		}
		const depths = { brackets, tags };
		const depth = Math.max(containers, nesting(rest.replace(/`[^`]*`/g, ''), depths));
		({ brackets, tags } = depths);
		if (depth > LIMITS.depth) {
			return {
				line,
				rule: 'nesting-depth',
				message: `Line ${line} nests quotes, lists, elements or brackets more than ${LIMITS.depth} levels deep`,
				fix: 'Flatten the structure: no note needs that many levels; close what you opened, or split it into sections',
			};
		}
	}
	return undefined;
}

/** Walk one line's brackets and tags, updating the running depths; returns the deepest point. */
function nesting(line: string, depths: { brackets: number; tags: number }): number {
	let deepest = 0;
	let nextClose = -1;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '{' || c === '(' || c === '[') deepest = Math.max(deepest, ++depths.brackets);
		else if (c === '}' || c === ')' || c === ']')
			depths.brackets = Math.max(0, depths.brackets - 1);
		else if (c === '<') {
			const next = line[i + 1] ?? '';
			if (next === '/') depths.tags = Math.max(0, depths.tags - 1);
			else if (/[A-Za-z]/.test(next)) {
				if (nextClose < i) nextClose = line.indexOf('>', i);
				if (nextClose < 0) nextClose = line.length;
				// `<br />` closes itself; an opening tag goes one level down.
				if (line[nextClose - 1] !== '/') deepest = Math.max(deepest, ++depths.tags);
			}
		}
	}
	return deepest;
}
