/** The frontmatter block of a note, as text, with where it sits in the file. */
export interface FrontmatterBlock {
	/** The YAML between the `---` lines. */
	yaml: string;
	/** 1-based line of the first YAML line (the line after the opening `---`). */
	firstLine: number;
	/** 1-based line of the closing `---`. */
	closingLine: number;
}

/** Why a note has no usable frontmatter block. */
export type FrontmatterProblem = 'missing' | 'unclosed' | 'toml';

/** Find the `---` block at the top of a note, or say why there is none. */
export function splitFrontmatter(text: string): FrontmatterBlock | FrontmatterProblem {
	const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
	const first = lines[0]?.trimEnd();
	if (first === '+++') return 'toml';
	if (first !== '---') return 'missing';
	const closing = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
	if (closing < 0) return 'unclosed';
	return { yaml: lines.slice(1, closing).join('\n'), firstLine: 2, closingLine: closing + 1 };
}
