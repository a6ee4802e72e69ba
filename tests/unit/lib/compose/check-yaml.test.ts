import { describe, expect, test } from 'vitest';
import { checkCompose, isComposeFile } from '../../../../src/lib/compose/check.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

describe('YAML parsing', () => {
	test('reports a tab used for indentation as a YamlSyntax error on its line', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '\timage: nginx'));
		expect(d).toMatchObject({ rule: 'YamlSyntax', severity: 'error', line: 3 });
		expect(d.message).toContain('Tabs are not allowed');
		expect(d.fix).toContain('spaces');
	});

	test('accepts the same file indented with spaces', () => {
		expectClean(lines('services:', '  web:', '    image: nginx'));
	});

	test('reports an unclosed flow list as a YamlSyntax error', () => {
		const [d] = checkCompose(
			lines('services:', '  web:', '    ports: ["80:80"', '    image: nginx')
		);
		expect(d).toMatchObject({ rule: 'YamlSyntax', severity: 'error' });
		expect(d?.message).not.toMatch(/at line \d+/);
	});

	test('reports a key indented too far on its own line, not on the line before it', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '      ports:', '        - "80:80"')
		);
		expect(d).toMatchObject({ rule: 'YamlSyntax', severity: 'error', line: 4, column: 7 });
		expect(d.message).toContain('`ports:` is indented more than `image:` on line 3');
		expect(d.fix).toContain('Indent `ports:` by 4 spaces');
	});

	test('reports one space too many the same way, once', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '     ports: ["80:80"]')
		);
		expect(d).toMatchObject({ rule: 'YamlSyntax', line: 4, column: 6 });
	});

	test('accepts the twin with the key at the same indentation', () => {
		expectClean(lines('services:', '  web:', '    image: nginx', '    ports:', '      - "80:80"'));
	});

	test('reports a duplicate service name as DuplicateKey on the second occurrence', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '  web:', '    image: httpd')
		);
		expect(d).toMatchObject({ rule: 'DuplicateKey', severity: 'error', line: 4 });
		expect(d.message).toContain('`web` appears twice');
	});

	test('accepts two services with different names', () => {
		expectClean(lines('services:', '  web:', '    image: nginx', '  web2:', '    image: httpd'));
	});

	test('reports a duplicate key inside a service', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '    image: nginx', '    image: httpd'));
		expect(d).toMatchObject({ rule: 'DuplicateKey', line: 4 });
		expect(d.message).toContain('`image`');
	});

	test('reports a file that is not a map', () => {
		const d = onlyDiagnostic(lines('- web', '- db'));
		expect(d).toMatchObject({ rule: 'WrongType', line: 1 });
		expect(d.message).toContain('`services:`');
	});

	test('never throws, whatever the text', () => {
		const inputs = [
			'',
			'42',
			'services: 5',
			'services:\n  web: 5',
			'services:\n  web:\n    ports: [{published: {}}]\n    depends_on: 7\n    networks: [1]',
			'{',
			'a: &a [*a]',
			'x: &x\n  - *x\n<<: *x',
			'services:\n  web:\n    <<: 5',
			'\u0000\u0001',
		];
		for (const input of inputs) expect(() => checkCompose(input)).not.toThrow();
	});
});

describe('isComposeFile', () => {
	test('is true for a map with a top-level services key', () => {
		expect(isComposeFile(lines('services:', '  web:', '    image: nginx'))).toBe(true);
	});

	test('is true even when the file has a duplicate key', () => {
		expect(isComposeFile(lines('services:', '  web: {}', '  web: {}'))).toBe(true);
	});

	test('is false for other YAML', () => {
		expect(isComposeFile(lines('apiVersion: v1', 'kind: Pod'))).toBe(false);
		expect(isComposeFile(lines('- services'))).toBe(false);
		expect(isComposeFile('services')).toBe(false);
		expect(isComposeFile('')).toBe(false);
	});
});
