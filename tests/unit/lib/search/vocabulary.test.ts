import { expect, test } from 'vitest';
import { buildVocabulary, isKnownWord, tokenize } from '../../../../src/lib/search/vocabulary';

test('splits text into lowercase words and adds the parts of joined words', () => {
	expect(tokenize('COPY --from=build /app, then depends_on: [db]; multi-stage.')).toEqual([
		'copy',
		'from',
		'build',
		'app',
		'then',
		'depends_on',
		'depends',
		'on',
		'db',
		'multi-stage',
		'multi',
		'stage',
	]);
});

test('counts plain words and leaves out short words, numbers, versions and digests', () => {
	const vocabulary = buildVocabulary([
		'Docker runs docker images',
		'redis:7.4 sha256:3f2a9c1b7d4e5f60 is ok',
	]);
	expect(vocabulary.words).toEqual(['docker', 'images', 'redis', 'runs']);
	expect(vocabulary.counts).toEqual([2, 1, 1, 1]);
});

test('counts exactly the words tokenize finds, repeated pieces and joined words included', () => {
	const texts = ['multi-stage builds: the multi-stage build', '--from=build, depends_on depends'];
	const expected = new Map<string, number>();
	for (const word of texts.flatMap(tokenize))
		if (word.length >= 3 && /^\p{L}+(?:[-_]\p{L}+)*$/u.test(word))
			expected.set(word, (expected.get(word) ?? 0) + 1);
	const vocabulary = buildVocabulary(texts);
	expect(Object.fromEntries(vocabulary.words.map((w, i) => [w, vocabulary.counts[i]]))).toEqual(
		Object.fromEntries(expected)
	);
	expect(vocabulary.counts[vocabulary.words.indexOf('multi-stage')]).toBe(2);
	expect(vocabulary.counts[vocabulary.words.indexOf('depends')]).toBe(2);
});

test('knows whole words and the beginnings of words, as Pagefind matches prefixes', () => {
	const vocabulary = buildVocabulary(['kubernetes healthcheck compose']);
	expect(isKnownWord(vocabulary, 'kubernetes')).toBe(true);
	expect(isKnownWord(vocabulary, 'kube')).toBe(true);
	expect(isKnownWord(vocabulary, 'kubernets')).toBe(false);
	expect(isKnownWord(vocabulary, 'zzz')).toBe(false);
});
