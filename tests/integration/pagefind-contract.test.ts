// What the site relies on in Pagefind, checked against the real bundle: the package's Node
// API indexes three pages, and the test reads and runs the files it writes, as the site
// serves them. A Pagefind upgrade that changes any of it fails here:
// - what src/lib/search/pagefind-adapter.ts assumes of the Component UI and the engine;
// - that src/lib/search/pagefind-fragments.ts reads the fragments Pagefind writes as its engine
//   loads them, so the typo vocabulary holds the words Pagefind indexed, no more, no fewer.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fragmentTexts, readFragments } from '../../src/lib/search/pagefind-fragments';
import { buildVocabulary } from '../../src/lib/search/vocabulary';
import {
	interceptEngine,
	ESCAPE_HINT,
	PAGEFIND_PARTS,
	prefetchResultData,
	type PagefindEngine,
	type PagefindInstance,
	type PagefindResponse,
} from '../../src/lib/search/pagefind-adapter';

type Node = { type: string; [key: string]: unknown };

/** Every node of an ESTree, depth first. */
function* nodes(node: unknown): Generator<Node> {
	if (Array.isArray(node)) for (const child of node) yield* nodes(child);
	else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
		yield node as Node;
		for (const value of Object.values(node)) if (typeof value === 'object') yield* nodes(value);
	}
}

const isThisMember = (node: unknown, name: string): boolean => {
	const n = node as Node;
	return (
		n?.type === 'MemberExpression' &&
		(n.object as Node).type === 'ThisExpression' &&
		(n.property as Node & { name?: string }).name === name
	);
};

/** The class that `customElements.define(name, X)` registers. */
function definedClass(tree: Node, element: string): Node | undefined {
	let id: string | undefined;
	for (const n of nodes(tree)) {
		const callee = n.callee as Node & { property?: { name?: string } };
		const args = n.arguments as (Node & { value?: unknown; name?: string })[] | undefined;
		if (
			n.type === 'CallExpression' &&
			callee.property?.name === 'define' &&
			args?.[0]?.value === element
		)
			id = args[1]?.name;
	}
	for (const n of nodes(tree)) {
		if (n.type === 'VariableDeclarator' && (n.id as { name?: string }).name === id)
			return n.init as Node;
		if (n.type === 'ClassDeclaration' && (n.id as { name?: string }).name === id) return n;
	}
	return undefined;
}

/** What the adapter assumes of the Component UI's script; each broken assumption, in words. */
function componentUiProblems(source: string): string[] {
	const tree = parse(source, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
	const all = [...nodes(tree)];
	const problems: string[] = [];
	const methods = new Set(
		all.filter((n) => n.type === 'MethodDefinition').map((n) => (n.key as { name?: string }).name)
	);
	for (const method of ['configureInstance', 'triggerLoad', 'triggerSearch', 'setTranslations'])
		if (!methods.has(method) && !source.includes(`${method}:`))
			problems.push(`no ${method}() in the Component UI`);
	if (
		!all.some(
			(n) =>
				n.type === 'AssignmentExpression' &&
				isThisMember(n.left, '__pagefind__') &&
				(n.right as Node).type !== 'Literal'
		)
	)
		problems.push('an instance no longer stores its engine in this.__pagefind__');
	const engineCalls = engineMethods(all);
	if (!engineCalls.includes('search'))
		problems.push('an instance no longer searches through this.__pagefind__.search()');
	const dropdown = definedClass(tree, 'pagefind-filter-dropdown');
	const inDropdown = dropdown ? [...nodes(dropdown)] : [];
	const hasSort = inDropdown.some(
		(n) =>
			n.type === 'MethodDefinition' &&
			(n.key as { name?: string }).name === 'sortValues' &&
			((n.value as Node).params as unknown[]).length === 1
	);
	const callsSort = inDropdown.some(
		(n) => n.type === 'CallExpression' && isThisMember(n.callee, 'sortValues')
	);
	if (!hasSort || !callsSort)
		problems.push(
			'<pagefind-filter-dropdown> no longer orders its values with this.sortValues(values)'
		);
	const modal = definedClass(tree, 'pagefind-modal');
	const inModal = modal ? [...nodes(modal)] : [];
	const modalMembers = inModal
		.filter((n) => n.type === 'MethodDefinition')
		.map((n) => `${n.kind as string} ${(n.key as { name?: string }).name}`);
	const wanted = { 'method open': 'open()', 'method close': 'close()', 'get isOpen': 'isOpen' };
	for (const [member, name] of Object.entries(wanted))
		if (!modalMembers.includes(member)) problems.push(`<pagefind-modal> has no ${name}`);
	const keys = new Set(
		all
			.filter((n) => n.type === 'Property')
			.map(
				(n) =>
					(n.key as { name?: string; value?: unknown }).name ?? (n.key as { value?: unknown }).value
			)
	);
	if (!keys.has(ESCAPE_HINT))
		problems.push(`the Component UI's translations have no ${ESCAPE_HINT}`);
	const strings = new Set(
		all.filter((n) => n.type === 'Literal' && typeof n.value === 'string').map((n) => n.value)
	);
	const needed = [
		PAGEFIND_PARTS.modalBody,
		'pagefind-input',
		'combobox',
		'data-pagefind-announcer',
	];
	for (const name of needed)
		if (!strings.has(name)) problems.push(`the Component UI has no "${name}"`);
	if (!/window\.PagefindComponents\s*=/.test(source))
		problems.push('the Component UI no longer defines window.PagefindComponents');
	return problems;
}

/** The methods the Component UI calls on `this.__pagefind__`. */
function engineMethods(all: Node[]): string[] {
	return all
		.filter((n) => n.type === 'MemberExpression' && isThisMember(n.object, '__pagefind__'))
		.map((n) => (n.property as { name: string }).name);
}

/** A built note as NoteLayout renders it: site chrome around the indexed article. */
const note = (title: string, article: string) => `<!doctype html>
<html lang="en"><head><title>${title} | Docker notes</title></head>
<body><header><a href="/">Docker notes</a></header>
<nav aria-label="Notes"><a href="/volumes/">Volumes</a> <a href="/x/">sidebaronly</a></nav>
<main><article data-pagefind-body>
<header><h1 data-pagefind-meta="title">${title}</h1><p data-pagefind-ignore>5 min read</p></header>
<div hidden data-pagefind-meta="keywords:probe, liveness"></div>
${article}</article></main>
<footer><a href="/edit">Edit this page</a></footer></body></html>`;

const PAGES = {
	'/healthchecks/': note(
		'Healthchecks',
		`<p>A healthcheck probes the container; multi<code>stage</code> builds &amp; <em>&lt;none&gt;</em> images.</p>
<pre><code><span class="line"><span>HEALTHCHECK</span><span> CMD curl -f</span></span>
<span class="line"><span>EXPOSE</span><span> 8080</span></span></code></pre>
<table><tr><th>Field</th><th>Meaning</th></tr><tr><td>interval</td><td>how often</td></tr></table>
<ul><li>retries</li><li>start_period</li></ul><dl><dt>Term</dt><dd>déjà vu</dd></dl>
<aside data-pagefind-ignore="all"><span data-pagefind-meta="secret:hiddenmeta"></span>Try it</aside>
<nav><a href="#interval">navinarticle</a></nav><svg><text>drawnword</text></svg><script>scriptword()</script>`
	),
	'/volumes/': note('Volumes', '<p>A volume outlives the container.</p>'),
	// No data-pagefind-body: Pagefind leaves the page out, as other pages have one.
	'/notes/':
		'<!doctype html><html lang="en"><body><main><p>listonly container</p></main></body></html>',
};

let site: string;
let server: Server;
let bundle: string;

beforeAll(async () => {
	const pagefind = await import('pagefind');
	site = mkdtempSync(join(tmpdir(), 'pagefind-contract-'));
	const { index, errors } = await pagefind.createIndex({ includeCharacters: '-' });
	if (!index) throw new Error(errors.join('; '));
	for (const [url, html] of Object.entries(PAGES)) await index.addHTMLFile({ url, content: html });
	await index.writeFiles({ outputPath: join(site, 'pagefind') });
	await pagefind.close();
	server = createServer(sirv(site, { dev: true }));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	bundle = `http://127.0.0.1:${address.port}/pagefind/`;
});

afterAll(() => {
	server?.close();
	if (site) rmSync(site, { recursive: true, force: true });
});

describe('the Component UI script the build emits', () => {
	test('stores its engine, searches, sorts filter values, opens its modal and names its Esc hint as the adapter assumes', () => {
		const source = readFileSync(join(site, 'pagefind/pagefind-component-ui.js'), 'utf8');
		expect(componentUiProblems(source)).toEqual([]);
	});

	test('a changed copy is caught: the check can fail (negative control)', () => {
		const source = readFileSync(join(site, 'pagefind/pagefind-component-ui.js'), 'utf8');
		const renamed = source
			.replaceAll('__pagefind__', '__engine__')
			.replaceAll('sortValues', 'orderValues')
			.replaceAll('data-pagefind-announcer', 'data-pf-announcer')
			.replaceAll('get isOpen()', 'get opened()')
			.replaceAll('keyboard_clear', 'keyboard_reset');
		expect(componentUiProblems(renamed)).toEqual([
			'an instance no longer stores its engine in this.__pagefind__',
			'an instance no longer searches through this.__pagefind__.search()',
			'<pagefind-filter-dropdown> no longer orders its values with this.sortValues(values)',
			'<pagefind-modal> has no isOpen',
			"the Component UI's translations have no keyboard_clear",
			'the Component UI has no "data-pagefind-announcer"',
		]);
	});
});

describe('the search engine the build emits', () => {
	async function engine() {
		const module = (await import(
			/* @vite-ignore */ pathToFileURL(join(site, 'pagefind/pagefind.js')).href
		)) as { createInstance(options: object): PagefindEngine & Record<string, unknown> };
		// As the Component UI makes it (pagefind-component-ui.js: `s.createInstance(…)`).
		return module.createInstance({ basePath: bundle });
	}

	test('keeps every method the Component UI calls when the adapter wraps it', async () => {
		const source = readFileSync(join(site, 'pagefind/pagefind-component-ui.js'), 'utf8');
		const tree = parse(source, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
		const called = [...new Set(engineMethods([...nodes(tree)]))];
		const real = await engine();
		// The dialog wraps it as `{ ...engine, search }`: a copy must keep the other methods.
		const wrapped: Record<string, unknown> = { ...real, search: real.search };
		expect(called.length).toBeGreaterThan(0);
		for (const method of called) expect(typeof wrapped[method], method).toBe('function');
	});

	test('writes the fragments the vocabulary reads as its engine loads them, with the words of the indexed pages only', async () => {
		const response = (await (await engine()).search('container')) as PagefindResponse;
		const loaded = (await Promise.all(response.results.map((r) => r.data()))) as {
			url: string;
			content: string;
			meta: Record<string, string>;
		}[];
		expect(loaded).toHaveLength(2);
		const read = await readFragments(join(site, 'pagefind'));
		// The page without data-pagefind-body has no fragment; the two notes have theirs. The
		// engine puts its base URL before each page's path.
		const path = (url: string) => new URL(url, 'http://x').pathname;
		expect(read.map((f) => f.url).sort()).toEqual(loaded.map((f) => path(f.url)).sort());
		for (const fragment of loaded)
			expect(read.find((f) => f.url === path(fragment.url))).toMatchObject({
				content: fragment.content,
				meta: fragment.meta,
			});
		const ours = buildVocabulary(read.flatMap(fragmentTexts));
		expect(ours.words).toEqual(
			expect.arrayContaining(['probe', 'multistage', 'retries', 'fieldmeaning', 'healthchecks'])
		);
		for (const word of [
			'sidebaronly',
			'edit',
			'read',
			'listonly',
			'drawnword',
			'scriptword',
			'hiddenmeta',
			'navinarticle',
		])
			expect(ours.words).not.toContain(word);
	});

	test('hands the wrapped engine to whoever reads the instance field', async () => {
		const instance = {} as PagefindInstance;
		const real = await engine();
		interceptEngine(instance, (e) => ({ ...e, search: (term) => e.search(`${term} container`) }));
		// What the Component UI does once the bundle has loaded.
		(instance as unknown as { __pagefind__: PagefindEngine }).__pagefind__ = real;
		const wrapped = (instance as unknown as { __pagefind__: PagefindEngine }).__pagefind__;
		expect(wrapped).not.toBe(real);
		const response = await wrapped.search('volume');
		expect(response?.results).toHaveLength(1);
	});

	test('returns results whose data the adapter can load once and share', async () => {
		const response = (await (await engine()).search('container')) as PagefindResponse;
		expect(response.results).toHaveLength(2);
		const [first] = response.results;
		expect(Object.getOwnPropertyDescriptor(first, 'data')).toMatchObject({ writable: true });
		prefetchResultData(response, 1);
		const data = first!.data();
		expect(first!.data()).toBe(data);
		expect(await data).toMatchObject({
			url: expect.stringMatching(/\/(healthchecks|volumes)\/$/),
			meta: { title: expect.any(String) },
		});
	});

	test('a result whose data cannot be replaced is caught (negative control)', () => {
		const frozen = Object.freeze({ data: () => Promise.resolve({}) });
		expect(() => prefetchResultData({ results: [frozen] }, 1)).toThrow(TypeError);
	});
});
