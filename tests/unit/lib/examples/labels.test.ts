import { describe, expect, test } from 'vitest';
import { checkCodeBlock } from '../../../../src/lib/examples/check-block';
import { checkedLabel } from '../../../../src/lib/examples/labels';

describe('checkedLabel', () => {
	test('says what a Dockerfile, a fragment and a Compose file were checked for', () => {
		expect(
			checkedLabel(checkCodeBlock({ lang: 'dockerfile', meta: '', value: 'FROM alpine:3.22\n' }))
		).toBe('Dockerfile checked: syntax, stages, BuildKit rules');
		expect(
			checkedLabel(checkCodeBlock({ lang: 'dockerfile', meta: 'fragment', value: 'RUN ls\n' }))
		).toBe('Dockerfile fragment checked: syntax, BuildKit rules');
		expect(
			checkedLabel(
				checkCodeBlock({
					lang: 'yaml',
					meta: 'compose',
					value: 'services:\n  a:\n    image: nginx:1.30\n',
				})
			)
		).toBe('Compose file checked against the Compose Specification');
	});

	test('gives no badge to a nocheck block or a block nobody checks', () => {
		expect(
			checkedLabel(checkCodeBlock({ lang: 'dockerfile', meta: 'nocheck', value: 'RUNN x\n' }))
		).toBeUndefined();
		expect(
			checkedLabel(checkCodeBlock({ lang: 'console', meta: '', value: '$ docker ps\n' }))
		).toBeUndefined();
	});
});
