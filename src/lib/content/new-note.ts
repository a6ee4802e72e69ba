import { SECTIONS, type Section, sectionSlug } from './sections.ts';

/** The section a contributor meant: its name in any case, its URL part, or its folder. */
export function resolveSection(input: string, folders: ReadonlyMap<string, Section> = new Map()): Section | undefined {
	const wanted = input.trim().toLowerCase();
	return SECTIONS.find((s) => s.toLowerCase() === wanted || sectionSlug(s) === wanted) ?? folders.get(wanted);
}

/** A slug from a title: `Bind mounts & tmpfs` → `bind-mounts-tmpfs`; undefined when nothing Latin is left. */
export function slugFromTitle(title: string): string | undefined {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return slug || undefined;
}

/** The order after the highest one in the section, so a new note goes last. */
export function nextOrder(orders: readonly (number | undefined)[]): number {
	const numbers = orders.filter((o): o is number => typeof o === 'number' && Number.isFinite(o));
	return numbers.length === 0 ? 1 : Math.floor(Math.max(...numbers)) + 1;
}

/** The folder most notes of the section live in; the section's URL part when it has none yet. */
export function sectionFolder(section: Section, notes: readonly { folder: string; section: unknown }[]): string {
	const counts = new Map<string, number>();
	for (const note of notes) if (note.section === section) counts.set(note.folder, (counts.get(note.folder) ?? 0) + 1);
	const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return best?.[0] ?? sectionSlug(section);
}

/** The text of a new note: valid frontmatter, a first section and the standard "Check yourself". */
export function noteTemplate({ title, section, order }: { title: string; section: Section; order: number }): string {
	return `---
title: ${JSON.stringify(title)}
description: "One sentence: what the reader can do after reading this note."
section: ${section}
order: ${order}
tags: []
---

One or two sentences: why this matters, and what the reader will be able to do.

## The idea

Explain one idea per section, with a small example that the build checks:

\`\`\`console
$ docker run --rm hello-world
\`\`\`

## Check yourself

<details>
<summary>A question this note answers?</summary>

The answer, in one or two sentences.

</details>
`;
}
