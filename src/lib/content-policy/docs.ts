import { find, html } from 'property-information';
import { HTML_ATTRIBUTES, HTML_ELEMENTS, IMAGE_EXTENSIONS, URL_SCHEMES } from './allowlist.ts';

/** The attribute name a note writes for a hast property (`colSpan` → `colspan`). */
function attributeName(property: string): string {
	return find(html, property).attribute;
}

/**
 * The "HTML in notes" section of CONTRIBUTING.md, generated from the allowlist so the two can
 * never disagree (a unit test compares them): every element, the attributes it takes, and the
 * URL schemes of URL attributes.
 */
export function allowedHtmlMarkdown(): string {
	const global = (HTML_ATTRIBUTES['*'] ?? []).map(attributeName).sort();
	const rows = HTML_ELEMENTS.map((element) => {
		const own = (HTML_ATTRIBUTES[element] ?? []).map(attributeName).sort();
		return `| \`<${element}>\` | ${own.length === 0 ? '–' : own.map((a) => `\`${a}\``).join(', ')} |`;
	});
	const schemes = Object.entries(URL_SCHEMES)
		.map(
			([property, list]) =>
				`\`${attributeName(property)}\`: ${list.map((s) => `\`${s}:\``).join(', ')}`
		)
		.join('; ');
	return [
		'| Element | Its own attributes |',
		'| --- | --- |',
		...rows,
		'',
		`Every element may also have: ${global.map((a) => `\`${a}\``).join(', ')}.`,
		'',
		`URLs may be relative (\`/notes/volumes/\`, \`#part\`) or use these schemes: ${schemes} (\`src\` only for PNG, JPEG, GIF, WebP or AVIF images).`,
		`Markdown images are files inside \`content/\` of these types: ${IMAGE_EXTENSIONS.map((e) => `\`.${e}\``).join(', ')}.`,
	].join('\n');
}
