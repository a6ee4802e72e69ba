import { dirname, extname, join, normalize } from 'node:path/posix';
import { IMAGE_EXTENSIONS } from './allowlist.ts';
import { isProtocolRelative, isRasterDataUrl, short, type UrlProblem, urlScheme } from './url.ts';

/** Where a note's image comes from, once its URL passed the policy. */
export type ImageSource =
	| {
			kind: 'file';
			/** From the project root: `content/notes/images/layers.png`. */ path: string;
			svg: boolean;
	  }
	| { kind: 'data' }
	| { kind: 'problem'; problem: UrlProblem };

const problem = (rule: string, message: string, fix: string): ImageSource => ({
	kind: 'problem',
	problem: { rule, message, fix },
});

const NEXT_TO_NOTE =
	'Put the image file in `content/` (next to the note is simplest) and write its path relative to the note: `![Layers of an image](./layers.png)`';

/**
 * Judge the URL of a Markdown image (`![alt](url)`), which the build turns into a JavaScript
 * import that Vite resolves and runs: only an image file inside the content folder may get
 * there. `file` is the note's path from the project root; `contentDir` is `content`.
 */
export function checkImageSource(url: string, file: string, contentDir: string): ImageSource {
	const trimmed = url.trim();
	const scheme = urlScheme(trimmed);
	if (isProtocolRelative(trimmed) || scheme === 'http' || scheme === 'https') {
		return problem(
			'image-remote',
			`The image \`${short(trimmed)}\` is on another site: the site's Content-Security-Policy (\`img-src 'self' data:\`) would block it, so readers would see a broken image`,
			`Download it (if its licence allows), then ${NEXT_TO_NOTE.charAt(0).toLowerCase()}${NEXT_TO_NOTE.slice(1)}`
		);
	}
	if (scheme === 'data') {
		if (isRasterDataUrl(trimmed)) return { kind: 'data' };
		return problem(
			'image-data',
			'A `data:` image must be a PNG, JPEG, GIF, WebP or AVIF image; other `data:` URLs (SVG, HTML) can hold script',
			NEXT_TO_NOTE
		);
	}
	if (scheme !== undefined) {
		return problem(
			'image-scheme',
			`The image \`${short(trimmed)}\` uses \`${scheme}:\`, which is not an image file`,
			NEXT_TO_NOTE
		);
	}
	if (/^[/\\]/.test(trimmed)) {
		return problem(
			'image-path',
			`The image path \`${short(trimmed)}\` starts at the root of the disk or the site; images are files inside \`${contentDir}/\``,
			NEXT_TO_NOTE
		);
	}
	let decoded: string;
	let component: string;
	try {
		decoded = decodeURI(trimmed);
		component = decodeURIComponent(trimmed);
	} catch {
		return problem(
			'image-path',
			`The image path \`${short(trimmed)}\` has a broken \`%\` escape`,
			'Write the file name as it is, or escape a space as `%20`'
		);
	}
	// Vite reads a suffix as an instruction (`?raw` inlines any file, `?url` copies it), so none may pass.
	if (/[?#]/.test(trimmed) || /[?#\\\0]/.test(component)) {
		return problem(
			'image-path',
			`The image path \`${short(trimmed)}\` has a \`?\`, \`#\` or \`\\\`: the build would read it as an instruction, not as part of a file name`,
			'Remove everything from the `?` or `#` on, and write folders with `/`'
		);
	}
	const path = normalize(join(dirname(file), decoded));
	if (path === contentDir || !path.startsWith(`${contentDir}/`)) {
		return problem(
			'image-path',
			`The image path \`${short(trimmed)}\` leads out of \`${contentDir}/\` (to \`${short(path)}\`); the build only reads images inside it`,
			NEXT_TO_NOTE
		);
	}
	// `x.png/` names a folder, and an import of a folder loads its `index.js`.
	const extension = path.endsWith('/') ? '' : extname(path).slice(1).toLowerCase();
	if (!IMAGE_EXTENSIONS.includes(extension)) {
		return problem(
			'image-type',
			`\`${short(trimmed)}\` is not an image file${extension ? ` (\`.${extension}\`)` : ''}: the build imports whatever a Markdown image names, and would run a script file`,
			`Use an image of one of these types: ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}; to offer another file for download, put it in \`public/\` and link to it`
		);
	}
	return { kind: 'file', path, svg: extension === 'svg' };
}
