// What a note may contain, in one place: the checker (`npm run check:content`) and the build
// (`src/plugins/satteri-refuse-unsafe-mdx.ts`) both call these, on the same Sätteri parse.
export * from './allowlist.ts';
export {
	checkNotePolicy,
	type PolicyContext,
	type PolicyNode,
	type PolicyProblem,
} from './check-note.ts';
export { isEmptyExpression } from './expression.ts';
export { contentFileKind, hiddenPart, refusedFile, type RefusedReason } from './files.ts';
export { checkImageSource, type ImageSource } from './image-path.ts';
export { checkSourceLimits, type LimitProblem } from './limits.ts';
export { checkSvg, SVG_ATTRIBUTES, SVG_ELEMENTS, type SvgProblem } from './svg.ts';
export { unsafeCharacter } from './text.ts';
export { checkLinkUrl, isProtocolRelative, isRasterDataUrl, urlScheme } from './url.ts';
export { allowedHtmlMarkdown } from './docs.ts';
export { looksLike } from './raster.ts';
