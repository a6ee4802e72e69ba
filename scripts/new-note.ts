// Scaffold a note: npm run new-note -- "Bind mounts" --section "Running containers" [--slug bind-mounts]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { NOTES_DIR } from '../src/consts.ts';
import { checkFrontmatter } from '../src/lib/content-check/frontmatter.ts';
import {
	nextOrder,
	noteTemplate,
	resolveSection,
	sectionFolder,
	slugFromTitle,
} from '../src/lib/content/new-note.ts';
import { SECTIONS, type Section } from '../src/lib/content/sections.ts';
import { noteSlug } from '../src/lib/content/slug.ts';

function fail(message: string): never {
	console.error(`new-note: ${message}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const value = args[i + 1];
	if (!value || value.startsWith('--')) fail(`${name} needs a value.`);
	args.splice(i, 2);
	return value;
};
const sectionArg = option('--section');
const slugArg = option('--slug');
const notesDir = option('--notes') ?? NOTES_DIR;
const title = args.join(' ').trim();
const usage = `Usage: npm run new-note -- "Title" --section <section> [--slug <slug>]. Sections: ${SECTIONS.join(', ')}.`;
if (!title) fail(`give the note a title. ${usage}`);
if (!sectionArg) fail(`say which section the note belongs to. ${usage}`);

// What the existing notes say: their slugs, sections, orders and folders.
const notes = existsSync(notesDir)
	? readdirSync(notesDir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx') && !file.split(/[\\/]/).pop()?.startsWith('_'))
			.map((file) => {
				const raw = checkFrontmatter(readFileSync(join(notesDir, file), 'utf8')).raw ?? {};
				return {
					file,
					slug: noteSlug(file, raw),
					section: raw.section,
					order: raw.order as number | undefined,
					folder: dirname(file),
				};
			})
	: [];
const folders = new Map(notes.map((n) => [n.folder.toLowerCase(), n.section as Section]));
const section =
	resolveSection(sectionArg, folders) ?? fail(`"${sectionArg}" is not a section. ${usage}`);
const slug =
	slugArg ??
	slugFromTitle(title) ??
	fail('the title has no letters a URL can use; add --slug <slug>, e.g. --slug kubernetes-basics.');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
	fail(`"${slug}" is not a slug: use lowercase letters, digits and single dashes.`);
const taken = notes.find((n) => n.slug === slug);
if (taken)
	fail(
		`the slug "${slug}" is taken by ${join(notesDir, taken.file)}. Choose another title or pass --slug <slug>.`
	);

const path = join(notesDir, sectionFolder(section, notes), `${slug}.mdx`);
if (existsSync(path)) fail(`${path} already exists; new-note never overwrites a file.`);
const order = nextOrder(notes.filter((n) => n.section === section).map((n) => n.order));
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, noteTemplate({ title, section, order }), { flag: 'wx' });
console.log(
	`Created ${relative(process.cwd(), path)} (section "${section}", order ${order}, served at /notes/${slug}/).`
);
console.log(
	'Next: write the description and the body, then run `npm run check:content` and `npm run dev`.'
);
