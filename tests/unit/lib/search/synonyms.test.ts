import { expect, test } from 'vitest';
import { noteSearchMeta, inlineMeta } from '../../../../src/lib/search/note-search-meta';
import { synonymsFor } from '../../../../src/lib/search/synonyms';

test('adds the other words of a group that a tag names', () => {
	expect(synonymsFor('Kubernetes', ['kubernetes', 'kubectl'])).toEqual(['k8s', 'kube']);
	expect(synonymsFor('Registries', ['ecr'])).toEqual([
		'elastic container registry',
		'amazon ecr',
		'aws ecr',
	]);
});

test('matches a phrase in the title only as whole words', () => {
	expect(synonymsFor('Docker Compose', [])).toContain('docker-compose');
	expect(synonymsFor('Composers and swarms', [])).toEqual([]);
});

test('gives summary notes their tags but no synonyms, and halves their body weight', () => {
	const topic = noteSearchMeta({
		title: 'Docker Swarm',
		tags: ['swarm'],
		section: 'Orchestration',
	});
	expect(topic.keywords).toEqual(['swarm', 'docker swarm', 'swarm mode']);
	expect(topic.bodyWeight).toBeUndefined();
	const summary = noteSearchMeta({
		title: 'Cheat sheet',
		tags: ['swarm', 'compose'],
		section: 'Reference',
	});
	expect(summary.keywords).toEqual(['swarm', 'compose']);
	expect(summary.tags).toEqual(['swarm', 'compose']);
	expect(summary.bodyWeight).toBe(0.5);
});

test('writes inline metadata on one line', () => {
	expect(inlineMeta('keywords', 'k8s,\n kube')).toBe('keywords:k8s, kube');
});
