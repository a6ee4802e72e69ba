import { expect, test } from 'vitest';
import { readingMinutes } from '../../../src/lib/reading-time';

test('reading time is at least one minute', () => {
	expect(readingMinutes('')).toBe(1);
});

test('reading time counts prose at 220 words a minute and code at half that pace', () => {
	const prose = Array.from({ length: 440 }, () => 'word').join(' ');
	expect(readingMinutes(prose)).toBe(2);
	const code = ['```dockerfile', ...Array.from({ length: 220 }, () => 'RUN'), '```'].join('\n');
	expect(readingMinutes(`${prose}\n${code}`)).toBe(4);
});
