import { asMap, servicesOf } from '../compose/model.ts';
import { parseCompose } from '../compose/parse.ts';
import type { ExampleKind } from '../examples/check-block.ts';
import { getKeywordLinks } from '../examples/instruction-links.ts';
import { classifyLayerLines } from '../examples/layers.ts';
import { noteHref } from '../url.ts';
import {
	EXTENSION_KEY,
	type KeyExplanation,
	OTHER_SERVICE_KEY,
	SERVICE_KEYS,
	TOP_KEYS,
} from './compose-keys.ts';

/** One line of the file explained. */
export interface Explanation {
	/** 1-based line. */
	line: number;
	/** What is explained: `COPY`, `services.web.ports`. */
	subject: string;
	/** One sentence. */
	text: string;
	/** The section of the notes that covers it. */
	href: string;
	/** Dockerfile only: whether the instruction adds a filesystem layer. */
	layer?: boolean;
}

/** `note#id` as a site URL. */
export function sectionHref(section: string, base = '/'): string {
	const [slug = '', id = ''] = section.split('#');
	return `${noteHref(slug, base)}#${id}`;
}

function dockerfileExplanations(source: string, base: string): Explanation[] {
	const layers = classifyLayerLines(source);
	return getKeywordLinks(source, base).map((link) => ({
		line: link.line,
		subject: link.keyword,
		text: link.title,
		href: link.href,
		layer: layers.get(link.line)?.kind === 'layer',
	}));
}

function composeExplanations(source: string, base: string): Explanation[] {
	const { parsed } = parseCompose(source);
	const top = asMap(parsed?.data);
	if (!parsed || !top) return [];
	const out: Explanation[] = [];
	const add = (path: string[], info: KeyExplanation, text = info.text) =>
		out.push({
			line: parsed.locate(path),
			subject: path.join('.'),
			text,
			href: sectionHref(info.section, base),
		});
	for (const key of Object.keys(top)) {
		add([key], key.startsWith('x-') ? EXTENSION_KEY : (TOP_KEYS[key] ?? OTHER_SERVICE_KEY));
		if (key !== 'services') continue;
		for (const [name, service] of servicesOf(top)) {
			add(
				['services', name],
				TOP_KEYS.services!,
				`The service \`${name}\`: one kind of container of the application.`
			);
			for (const setting of Object.keys(service)) {
				const info = setting.startsWith('x-')
					? EXTENSION_KEY
					: (SERVICE_KEYS[setting] ?? OTHER_SERVICE_KEY);
				add(['services', name, setting], info);
			}
		}
	}
	return out.sort((a, b) => a.line - b.line);
}

/**
 * Explain a file line by line: each Dockerfile instruction (and whether it adds a layer), or
 * each Compose top-level key, service and service key, with a link into the notes.
 */
export function explain(kind: ExampleKind, source: string, base = '/'): Explanation[] {
	return kind === 'dockerfile'
		? dockerfileExplanations(source, base)
		: composeExplanations(source, base);
}
