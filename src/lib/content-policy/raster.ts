import { extname } from 'node:path/posix';

/** The lowercase extension of a path, without the dot. */
export function extensionOf(path: string): string {
	return extname(path).slice(1).toLowerCase();
}

const ascii = (bytes: Uint8Array, at: number, text: string) =>
	[...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** How each raster type's files begin (its "magic number"). */
const SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
	png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
	jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
	jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
	gif: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'),
	webp: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
	avif: (b) => ascii(b, 4, 'ftyp') && (ascii(b, 8, 'avif') || ascii(b, 8, 'avis')),
};

/**
 * True when a raster image's bytes start as its extension says. A "PNG" that is really HTML or
 * SVG would be published under an image name, and a browser that sniffs could run it.
 */
export function looksLike(bytes: Uint8Array, path: string): boolean {
	return SIGNATURES[extensionOf(path)]?.(bytes) ?? false;
}
