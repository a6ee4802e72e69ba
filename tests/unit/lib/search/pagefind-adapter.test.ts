// The adapter on plain objects; tests/integration/pagefind-contract.test.ts checks that
// Pagefind's real Component UI and engine have the shapes it assumes.
import { expect, test } from 'vitest';
import {
	interceptEngine,
	orderFilterValues,
	pagefindComponents,
	type PagefindEngine,
	type PagefindInstance,
} from '../../../../src/lib/search/pagefind-adapter';

const engine: PagefindEngine = { search: async () => ({ results: [] }) };

test('wraps the engine an instance stores, and only once one is stored', () => {
	const instance = {} as PagefindInstance & { __pagefind__: PagefindEngine | null };
	const wrapped: PagefindEngine = { search: async () => null };
	interceptEngine(instance, () => wrapped);
	expect(instance.__pagefind__).toBeNull();
	instance.__pagefind__ = engine;
	expect(instance.__pagefind__).toBe(wrapped);
	instance.__pagefind__ = null;
	expect(instance.__pagefind__).toBeNull();
});

test('orders a dropdown’s values by the given comparison without changing the list it gets', () => {
	const dropdown = {} as { sortValues?: (values: string[]) => string[] };
	const order = ['Basics', 'Images', 'Compose'];
	orderFilterValues(dropdown, (a, b) => order.indexOf(a) - order.indexOf(b));
	const values = ['Compose', 'Basics', 'Images'];
	expect(dropdown.sortValues?.(values)).toEqual(order);
	expect(values).toEqual(['Compose', 'Basics', 'Images']);
});

test('says so when the Component UI has not loaded, rather than failing later', () => {
	expect(() => pagefindComponents({})).toThrow(/Component UI has not loaded/);
	const components = { configureInstance: () => ({}) as PagefindInstance };
	expect(pagefindComponents({ PagefindComponents: components })).toBe(components);
});
