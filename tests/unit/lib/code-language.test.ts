import { describe, expect, test } from 'vitest';
import { languageLabel } from '../../../src/lib/code-language';

describe('languageLabel', () => {
	test('names the languages notes use the way readers know them', () => {
		expect(languageLabel('console')).toBe('Terminal');
		expect(languageLabel('bash')).toBe('Shell');
		expect(languageLabel('Dockerfile')).toBe('Dockerfile');
		expect(languageLabel('yml')).toBe('YAML');
	});

	test('shows an unknown language as written, and no language as text', () => {
		expect(languageLabel('hcl')).toBe('hcl');
		expect(languageLabel(undefined)).toBe('Text');
		expect(languageLabel('')).toBe('Text');
	});
});
