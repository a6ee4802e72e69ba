import { expect, test } from 'vitest';
import { checkSvg } from '../../../../src/lib/content-policy';

const svg = (body: string, attrs = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>\n${body}\n</svg>`;
const found = (text: string) => checkSvg(text).map((p) => `${p.line} ${p.message}`);

test('a drawing of shapes, text, gradients, filters, local references and safe styles passes', () => {
	const body = [
		'<?xml version="1.0"?>',
		'<title>Layers</title>',
		'<defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>',
		'<g fill="url(#g)" filter="url(#f)"><rect id="r" width="4" height="4" style="stroke: #fff; stroke-width: 0.5px"/><circle cx="5" cy="5" r="2"/></g>',
		'<use href="#r" x="5"/><use xlink:href="#r" y="5"/>',
		'<text x="1" y="9" font-family="sans-serif">Layer &amp; cache</text>',
		'<animate attributeName="opacity" from="0" to="1" dur="1s"/>',
	].join('\n');
	expect(
		checkSvg(
			`<?xml version="1.0" encoding="UTF-8"?>\n${svg(body.replace('<?xml version="1.0"?>\n', ''))}`
		)
	).toEqual([]);
});

test('scripts and event handlers are refused, at their lines, in any case', () => {
	expect(found(svg('<script>alert(1)</script>'))).toEqual([expect.stringMatching(/^2 `<script>`/)]);
	expect(
		found(svg('<rect width="1" height="1" onclick="alert(1)"/>', ' onload="alert(1)"'))
	).toEqual([expect.stringMatching(/^1 `onload`/), expect.stringMatching(/^2 `onclick`/)]);
	expect(found(svg('<rect ONCLICK="x"/>'))).toEqual([expect.stringContaining('`ONCLICK`')]);
	expect(found(svg('<SCRIPT>x</SCRIPT>'))).toEqual([
		expect.stringContaining('`<SCRIPT>` is not one of the SVG elements'),
	]);
});

test('HTML inside SVG, in foreignObject or another namespace, is refused', () => {
	expect(
		found(svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'))
	).toEqual([
		expect.stringContaining('`<foreignObject>`'),
		expect.stringContaining('is not an SVG element'),
		expect.stringContaining('The namespace `http://www.w3.org/1999/xhtml` is not allowed'),
	]);
	expect(
		found(svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'))[0]
	).toContain('namespace');
});

test('links, references and loads that leave the file are refused', () => {
	expect(found(svg('<a href="javascript:alert(1)"><rect/></a>'))[0]).toContain('`<a>`');
	expect(found(svg('<use href="https://evil.test/x.svg#a"/>'))[0]).toContain(
		'points outside the file'
	);
	expect(found(svg('<use xlink:href="data:image/svg+xml,x"/>'))[0]).toContain(
		'points outside the file'
	);
	expect(found(svg('<image href="https://evil.test/a.png"/>'))[0]).toContain('`<image>`');
	expect(found(svg('<rect fill="url(https://evil.test/#g)"/>'))[0]).toContain('outside the file');
	expect(found(svg('<rect style="fill: url(//evil.test/p)"/>'))[0]).toContain('outside the file');
	expect(found(svg('<rect style="background: \\75rl(x)"/>'))[0]).toContain('outside the file');
	expect(found(svg('<style>@import url(https://evil.test/a.css);</style>'))[0]).toContain(
		'`<style>`'
	);
	expect(found(`<?xml-stylesheet href="https://evil.test/a.css"?>\n${svg('')}`)[0]).toContain(
		'xml-stylesheet'
	);
});

test('animation of href or of event handlers is refused; animation of paint passes', () => {
	expect(
		found(svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>')).some((p) =>
			p.includes('animates `href`')
		)
	).toBe(true);
	expect(
		found(
			svg('<use href="#r"><animate attributeName="xlink:href" values="javascript:alert(1)"/></use>')
		)[0]
	).toContain('animates');
	expect(found(svg('<rect><set attributeName="onclick" to="alert(1)"/></rect>'))[0]).toContain(
		'animates'
	);
	expect(found(svg('<rect><set attributeName="fill" to="red"/></rect>'))).toEqual([]);
});

test('entity declarations, malformed XML and non-SVG files are refused', () => {
	expect(found(`<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n${svg('<text>&a;</text>')}`)[0]).toContain(
		'DOCTYPE'
	);
	expect(found('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')[0]).toContain(
		'not well-formed XML'
	);
	expect(found('<html><script>alert(1)</script></html>')[0]).toContain(
		'does not start with an `<svg'
	);
	expect(found('just text')[0]).toMatch(/well-formed|no `<svg>`/);
	expect(
		checkSvg(
			`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('<rect/>')}`
		)
	).toEqual([]);
});
