import { expect, test } from 'vitest';
import { parseCompose } from '../../../../src/lib/compose/parse';

test('the same text is parsed once, and the shared result cannot be changed by a reader', () => {
	const source = 'services:\n  web:\n    image: nginx:1.30\n';
	const first = parseCompose(source);
	expect(parseCompose(source)).toBe(first);
	const data = first.parsed?.data as { services: { web: { image: string } } };
	expect(data.services.web.image).toBe('nginx:1.30');
	expect(() => {
		data.services.web.image = 'changed';
	}).toThrow(TypeError);
	expect(first.parsed?.locate(['services', 'web', 'image'])).toBe(3);
});

test('different text gets its own parse, broken YAML included', () => {
	const broken = parseCompose('services:\n  web:\n\timage: x\n');
	expect(broken.parsed).toBeUndefined();
	expect(broken.diagnostics[0]?.rule).toBe('YamlSyntax');
	expect(parseCompose('services: {}\n')).not.toBe(broken);
});
