import { expect, test } from 'vitest';
import { parseCompose } from '../../../../src/lib/compose/parse';

test('a parse gives the data and a line lookup for its keys', () => {
	const source = 'services:\n  web:\n    image: nginx:1.30\n';
	const first = parseCompose(source);
	const data = first.parsed?.data as { services: { web: { image: string } } };
	expect(data.services.web.image).toBe('nginx:1.30');
	expect(first.parsed?.locate(['services', 'web', 'image'])).toBe(3);
});

test('different text gets its own parse, broken YAML included', () => {
	const broken = parseCompose('services:\n  web:\n\timage: x\n');
	expect(broken.parsed).toBeUndefined();
	expect(broken.diagnostics[0]?.rule).toBe('YamlSyntax');
	expect(parseCompose('services: {}\n')).not.toBe(broken);
});
