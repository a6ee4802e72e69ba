// What src/lib/search/pagefind-adapter.ts relies on in Pagefind, checked against the real
// bundle: the package's Node API indexes two pages, and the test reads and runs the files it
// writes, as the site serves them. A Pagefind upgrade that changes any of it fails here.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	interceptEngine,
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

let site: string;
let server: Server;
let bundle: string;

beforeAll(async () => {
	const pagefind = await import('pagefind');
	site = mkdtempSync(join(tmpdir(), 'pagefind-contract-'));
	const { index, errors } = await pagefind.createIndex({ includeCharacters: '-' });
	if (!index) throw new Error(errors.join('; '));
	const page = (title: string, text: string) =>
		`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></main></body></html>`;
	await index.addHTMLFile({
		url: '/a/',
		content: page('Healthchecks', 'A healthcheck probes the container.'),
	});
	await index.addHTMLFile({
		url: '/b/',
		content: page('Volumes', 'A volume outlives the container.'),
	});
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
	test('stores its engine, searches and sorts filter values as the adapter assumes', () => {
		const source = readFileSync(join(site, 'pagefind/pagefind-component-ui.js'), 'utf8');
		expect(componentUiProblems(source)).toEqual([]);
	});

	test('a changed copy is caught: the check can fail (negative control)', () => {
		const source = readFileSync(join(site, 'pagefind/pagefind-component-ui.js'), 'utf8');
		const renamed = source
			.replaceAll('__pagefind__', '__engine__')
			.replaceAll('sortValues', 'orderValues')
			.replaceAll('data-pagefind-announcer', 'data-pf-announcer');
		expect(componentUiProblems(renamed)).toEqual([
			'an instance no longer stores its engine in this.__pagefind__',
			'an instance no longer searches through this.__pagefind__.search()',
			'<pagefind-filter-dropdown> no longer orders its values with this.sortValues(values)',
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
			url: expect.stringMatching(/\/[ab]\/$/),
			meta: { title: expect.any(String) },
		});
	});

	test('a result whose data cannot be replaced is caught (negative control)', () => {
		const frozen = Object.freeze({ data: () => Promise.resolve({}) });
		expect(() => prefetchResultData({ results: [frozen] }, 1)).toThrow(TypeError);
	});
});
