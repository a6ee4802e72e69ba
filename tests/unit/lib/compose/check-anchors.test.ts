import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

describe('UndefinedAnchor', () => {
	test('reports a merge from an anchor that does not exist, at the merge, by name', () => {
		const d = onlyDiagnostic(
			lines(
				'x-base: &base',
				'  restart: always',
				'services:',
				'  web:',
				'    <<: *defaults',
				'    image: nginx'
			)
		);
		expect(d).toMatchObject({ rule: 'UndefinedAnchor', severity: 'error', line: 5 });
		expect(d.message).toContain(
			'`<<: *defaults` merges the anchor `defaults`, but no `&defaults` is defined above it'
		);
		expect(d.fix).toContain('`&base`');
	});

	test('reports an anchor defined only below its alias, since YAML reads top to bottom', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    <<: *base',
				'    image: nginx',
				'x-base: &base',
				'  restart: always'
			)
		);
		expect(d).toMatchObject({ rule: 'UndefinedAnchor', line: 3 });
	});

	test('reports a plain alias to a missing anchor too', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '    environment: *env')
		);
		expect(d).toMatchObject({ rule: 'UndefinedAnchor', line: 4 });
		expect(d.message).toContain('`*env` refers to the anchor `env`');
	});

	test('accepts the twin with the anchor defined above', () => {
		expectClean(
			lines(
				'x-base: &base',
				'  restart: always',
				'services:',
				'  web:',
				'    <<: *base',
				'    image: nginx'
			)
		);
	});
});

describe('RecursiveAnchor', () => {
	test('reports an alias inside the anchor it names, at the alias', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web: &web', '    image: nginx', '    labels:', '      <<: *web')
		);
		expect(d).toMatchObject({ rule: 'RecursiveAnchor', severity: 'error', line: 5 });
		expect(d.message).toContain('`<<: *web` is inside the anchor `&web` it names');
	});

	test('reports a list that contains itself', () => {
		const [d] = checkCompose(
			lines('x-list: &list', '  - *list', 'services:', '  web:', '    image: nginx')
		);
		expect(d).toMatchObject({ rule: 'RecursiveAnchor', line: 2 });
	});

	test('accepts the twin that reuses the anchor beside it, not inside it', () => {
		expectClean(
			lines(
				'services:',
				'  web: &web',
				'    image: nginx',
				'  worker:',
				'    <<: *web',
				'    command: ["worker"]'
			)
		);
	});
});
