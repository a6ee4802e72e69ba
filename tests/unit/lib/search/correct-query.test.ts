import { expect, test } from 'vitest';
import { correctQuery, correctWord, maxEdits } from '../../../../src/lib/search/correct-query';
import { buildVocabulary } from '../../../../src/lib/search/vocabulary';

const vocabulary = buildVocabulary([
	'dockerfile dockerfile dockerfiles docker docker docker',
	'kubernetes kubernetes healthcheck healthcheck health',
	'compose compose compose composer system prune images image',
]);

test('allows one edit in words of 4 to 7 letters, two from 8, none below 4', () => {
	expect([3, 4, 7, 8, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
});

test('corrects the misspellings learners make to the note words they meant', () => {
	expect(correctWord(vocabulary, 'dockerfle')).toBe('dockerfile');
	expect(correctWord(vocabulary, 'kubernets')).toBe('kubernetes');
	expect(correctWord(vocabulary, 'heathcheck')).toBe('healthcheck');
	expect(correctWord(vocabulary, 'Dokcer')).toBe('docker');
});

test('prefers the more frequent of two equally close words', () => {
	// `compse` is one edit from `compose` (3 uses) and two from `composer`.
	expect(correctWord(vocabulary, 'compse')).toBe('compose');
});

test('leaves known words, word beginnings, short words and flags alone', () => {
	expect(correctWord(vocabulary, 'compose')).toBeUndefined();
	expect(correctWord(vocabulary, 'kuber')).toBeUndefined();
	expect(correctWord(vocabulary, 'imgs')).toBeUndefined();
	expect(correctWord(vocabulary, 'arg')).toBeUndefined();
	expect(correctWord(vocabulary, '--from')).toBeUndefined();
	expect(correctWord(vocabulary, 'redis:latest')).toBeUndefined();
});

test('returns nothing when no word is close enough', () => {
	expect(correctWord(vocabulary, 'zookeeper')).toBeUndefined();
});

test('corrects each word of a query and keeps the others as typed', () => {
	expect(correctQuery(vocabulary, 'docker sytem prune')).toBe('docker system prune');
	expect(correctQuery(vocabulary, '  COPY  dockerfle ')).toBe('COPY dockerfile');
	expect(correctQuery(vocabulary, 'docker compose')).toBeUndefined();
});

test('never changes an exact phrase', () => {
	expect(correctQuery(vocabulary, '"dockerfle"')).toBeUndefined();
});
