import { describe, expect, test } from 'vitest';
import { workbenchBlockHref } from '../../../../src/lib/workbench/block-link.ts';
import { decodeShare } from '../../../../src/lib/workbench/share.ts';
import { exerciseLinks, workbenchHref } from '../../../../src/lib/workbench/exercise-links.ts';
import { EXERCISES } from '../../../../src/lib/workbench/exercises/index.ts';

describe('workbench links', () => {
	test('a Dockerfile block opens in the workbench with its text, as the build checked it', () => {
		const href = workbenchBlockHref(
			{ lang: 'dockerfile', meta: 'fragment title="Dockerfile"', value: 'RUN make' },
			'/docs/'
		);
		expect(href).toMatch(/^\/docs\/workbench\/#text=/);
		expect(decodeShare(new URL(href!, 'http://x').hash)).toEqual({
			text: 'RUN make',
			kind: 'dockerfile',
			fragment: true,
		});
	});
	test('a Compose block is opened as Compose, whatever its first line says', () => {
		const href = workbenchBlockHref({
			lang: 'yaml',
			meta: 'title="compose.yaml"',
			value: 'name: x\nservices: {}',
		});
		expect(decodeShare(new URL(href!, 'http://x').hash)).toEqual({
			text: 'name: x\nservices: {}',
			kind: 'compose',
		});
	});
	test('other blocks get no link', () => {
		expect(
			workbenchBlockHref({ lang: 'yaml', meta: '', value: 'apiVersion: v1\nkind: Pod' })
		).toBeUndefined();
		expect(workbenchBlockHref({ lang: 'console', meta: '', value: '$ docker ps' })).toBeUndefined();
	});
	test('exercise links carry the base and the exercise id, and filter by note', () => {
		expect(workbenchHref('/docs/', 'non-root')).toBe('/docs/workbench/?exercise=non-root');
		expect(exerciseLinks().length).toBe(EXERCISES.length);
		const security = exerciseLinks('/', 'container-security');
		expect(security.map((l) => l.id)).toEqual(['non-root', 'build-secret']);
		expect(security[0]).toMatchObject({
			href: '/workbench/?exercise=non-root',
			action: 'fix this Dockerfile',
			heading: 'run-as-a-non-root-user',
		});
		expect(exerciseLinks('/', 'compose')[0]!.action).toBe('fix this Compose file');
		expect(exerciseLinks('/', 'glossary')).toEqual([]);
	});
});
