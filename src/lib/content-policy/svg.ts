import sax from 'sax';

/** A problem in an SVG file, at its 1-based line. */
export interface SvgProblem {
	line: number;
	message: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * SVG elements an image may hold: shapes, text, paint servers, clipping, masks, filters and
 * declarative animation. Not `script`, `foreignObject` (HTML inside SVG), `style`, `image`,
 * `a`, `iframe` or anything outside the SVG namespace.
 */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
	'svg',
	'g',
	'defs',
	'title',
	'desc',
	'symbol',
	'use',
	'switch',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'textPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask',
	'pattern',
	'marker',
	'filter',
	'feBlend',
	'feColorMatrix',
	'feComponentTransfer',
	'feComposite',
	'feConvolveMatrix',
	'feDiffuseLighting',
	'feDisplacementMap',
	'feDistantLight',
	'feDropShadow',
	'feFlood',
	'feFuncA',
	'feFuncB',
	'feFuncG',
	'feFuncR',
	'feGaussianBlur',
	'feMerge',
	'feMergeNode',
	'feMorphology',
	'feOffset',
	'fePointLight',
	'feSpecularLighting',
	'feSpotLight',
	'feTile',
	'feTurbulence',
	'animate',
	'animateTransform',
	'animateMotion',
	'mpath',
	'set',
]);

/** Attributes (without namespace) any allowed SVG element may carry: geometry, presentation and animation timing. */
export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
	'id',
	'class',
	'lang',
	'version',
	'baseProfile',
	'viewBox',
	'preserveAspectRatio',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'fx',
	'fy',
	'fr',
	'd',
	'points',
	'pathLength',
	'transform',
	'dx',
	'dy',
	'rotate',
	'textLength',
	'lengthAdjust',
	'startOffset',
	'method',
	'spacing',
	'side',
	'role',
	'aria-label',
	'aria-labelledby',
	'aria-describedby',
	'aria-hidden',
	'focusable',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'stroke-dasharray',
	'stroke-dashoffset',
	'opacity',
	'color',
	'display',
	'visibility',
	'overflow',
	'clip-path',
	'clip-rule',
	'mask',
	'filter',
	'marker-start',
	'marker-mid',
	'marker-end',
	'font-family',
	'font-size',
	'font-style',
	'font-weight',
	'font-variant',
	'font-stretch',
	'text-anchor',
	'dominant-baseline',
	'alignment-baseline',
	'baseline-shift',
	'letter-spacing',
	'word-spacing',
	'text-decoration',
	'writing-mode',
	'direction',
	'unicode-bidi',
	'stop-color',
	'stop-opacity',
	'offset',
	'gradientUnits',
	'gradientTransform',
	'spreadMethod',
	'patternUnits',
	'patternContentUnits',
	'patternTransform',
	'clipPathUnits',
	'maskUnits',
	'maskContentUnits',
	'markerWidth',
	'markerHeight',
	'markerUnits',
	'refX',
	'refY',
	'orient',
	'filterUnits',
	'primitiveUnits',
	'in',
	'in2',
	'result',
	'mode',
	'operator',
	'k1',
	'k2',
	'k3',
	'k4',
	'type',
	'values',
	'tableValues',
	'slope',
	'intercept',
	'amplitude',
	'exponent',
	'stdDeviation',
	'edgeMode',
	'order',
	'kernelMatrix',
	'divisor',
	'bias',
	'targetX',
	'targetY',
	'preserveAlpha',
	'surfaceScale',
	'diffuseConstant',
	'specularConstant',
	'specularExponent',
	'kernelUnitLength',
	'scale',
	'xChannelSelector',
	'yChannelSelector',
	'radius',
	'azimuth',
	'elevation',
	'z',
	'pointsAtX',
	'pointsAtY',
	'pointsAtZ',
	'limitingConeAngle',
	'baseFrequency',
	'numOctaves',
	'seed',
	'stitchTiles',
	'flood-color',
	'flood-opacity',
	'lighting-color',
	'color-interpolation',
	'color-interpolation-filters',
	'shape-rendering',
	'text-rendering',
	'image-rendering',
	'vector-effect',
	'paint-order',
	'attributeName',
	'attributeType',
	'begin',
	'dur',
	'end',
	'min',
	'max',
	'restart',
	'repeatCount',
	'repeatDur',
	'calcMode',
	'keyTimes',
	'keySplines',
	'from',
	'to',
	'by',
	'additive',
	'accumulate',
	'keyPoints',
	'path',
	'requiredExtensions',
	'systemLanguage',
	'style',
]);

/** Animation elements: they may not animate `href` (which would turn a link or use into a script URL) or an event handler. */
const ANIMATION = new Set(['animate', 'animateTransform', 'animateMotion', 'set']);

/** A CSS declaration list that loads nothing: `fill: #fff; stroke-width: 2px`, with `url(#id)` only. */
const SAFE_STYLE =
	/^(?:\s*[a-z-]+\s*:\s*(?:[\w\s#%.,+-]|\((?:[\w\s#%.,+-])*\)|url\(\s*#[\w-]+\s*\))*;?)*\s*$/i;

/** True when an attribute value names nothing outside the file: no `url(…)` other than `url(#id)`. */
function loadsNothing(value: string): boolean {
	return !/url\s*\(\s*(?!#)/i.test(value) && !/[\\@]/.test(value);
}

/**
 * Check an SVG image against the allowlist, parsing it as XML the way a browser does when the
 * file is opened on its own. Anything that could run script or load from another origin is a
 * problem: scripts, event handlers, `foreignObject`, animation of `href`, links and references
 * that leave the file, external stylesheets and entity declarations. Returns every problem found.
 */
export function checkSvg(text: string): SvgProblem[] {
	const problems: SvgProblem[] = [];
	const parser = sax.parser(true, { xmlns: true, position: true });
	const at = () => parser.line + 1;
	const report = (message: string) => {
		if (problems.length < 50) problems.push({ line: at(), message });
	};
	let sawRoot = false;
	parser.onerror = (error) => {
		report(`The file is not well-formed XML (${error.message.split('\n')[0]})`);
		// A file the parser cannot read is refused whole; sax would otherwise try to go on.
		throw error;
	};
	parser.ondoctype = (doctype) => {
		if (/[[<]/.test(doctype))
			report(
				'The `<!DOCTYPE>` declares entities or other markup, which can load files or expand without bound'
			);
	};
	parser.onprocessinginstruction = (pi) => {
		if (pi.name.toLowerCase() !== 'xml')
			report(
				`The processing instruction \`<?${pi.name}?>\` is not allowed (\`<?xml-stylesheet?>\` loads a stylesheet)`
			);
	};
	parser.onopentag = (tag) => {
		const node = tag as sax.QualifiedTag;
		if (!sawRoot && (node.local !== 'svg' || node.uri !== SVG_NS)) {
			report('The file does not start with an `<svg xmlns="http://www.w3.org/2000/svg">` element');
		}
		sawRoot = true;
		const name = node.local;
		if (node.uri !== SVG_NS) {
			report(
				`\`<${node.name}>\` is not an SVG element${node.uri ? ` (its namespace is ${node.uri})` : ''}: only SVG drawing elements are allowed`
			);
		} else if (name === 'script') {
			report('`<script>` in an SVG runs on the site when the image is opened on its own');
		} else if (name === 'foreignObject') {
			report('`<foreignObject>` embeds HTML, which can run script, inside the SVG');
		} else if (!SVG_ELEMENTS.has(name)) {
			report(
				`\`<${name}>\` is not one of the SVG elements an image may hold (shapes, text, gradients, filters, animation)`
			);
		}
		for (const attribute of Object.values(node.attributes)) {
			const problem = checkSvgAttribute(name, attribute);
			if (problem) report(problem);
		}
	};
	try {
		parser.write(text).close();
	} catch {
		// Reported by onerror.
	}
	if (!sawRoot && problems.length === 0)
		problems.push({ line: 1, message: 'The file holds no `<svg>` element' });
	return problems;
}

/** The problem with one attribute of an SVG element, if any. */
function checkSvgAttribute(element: string, attribute: sax.QualifiedAttribute): string | undefined {
	const { name, local, uri, value } = attribute;
	if (/^on/i.test(local))
		return `\`${name}\` on \`<${element}>\` is an event handler: it runs script`;
	if (uri === XMLNS_NS || name === 'xmlns') {
		return value === SVG_NS || value === XLINK_NS
			? undefined
			: `The namespace \`${value}\` is not allowed: only SVG and XLink`;
	}
	if (uri === XML_NS)
		return local === 'space' || local === 'lang' ? undefined : `\`${name}\` is not allowed`;
	const isHref = local === 'href' && (uri === '' || uri === XLINK_NS);
	if (isHref) {
		return /^#[\w.-]+$/.test(value.trim())
			? undefined
			: `\`${name}="${value.slice(0, 40)}"\` on \`<${element}>\` points outside the file; only \`#id\` references to the same file are allowed`;
	}
	if (uri !== '' || !SVG_ATTRIBUTES.has(local))
		return `The attribute \`${name}\` on \`<${element}>\` is not one an SVG image may use`;
	if (local === 'attributeName' && ANIMATION.has(element)) {
		const target = value
			.trim()
			.replace(/^[\w-]+:/, '')
			.toLowerCase();
		if (target === 'href' || target.startsWith('on') || target === 'style')
			return `\`<${element}>\` animates \`${value}\`, which could turn it into a script link or load a file`;
	}
	if (local === 'style' ? !SAFE_STYLE.test(value) || !loadsNothing(value) : !loadsNothing(value)) {
		return `\`${name}\` on \`<${element}>\` refers to something outside the file (\`url(…)\`, \`@import\` or a CSS escape)`;
	}
	return undefined;
}
