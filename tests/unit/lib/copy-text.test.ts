import { expect, test } from 'vitest';
import { toCopyText } from '../../../src/lib/copy-text';

test('a console block copies only its commands, without prompts', () => {
	const code =
		'$ docker run -d \\\n  -p 8080:80 nginx:1.29-alpine\n3f2a1b\n$ docker ps\nCONTAINER ID   IMAGE\n';
	expect(toCopyText(code, 'console')).toBe(
		'docker run -d \\\n  -p 8080:80 nginx:1.29-alpine\ndocker ps'
	);
});

test('a console block without prompts is copied as it is', () => {
	expect(toCopyText('just output\n', 'console')).toBe('just output');
});

test('a shell script drops a leading prompt but keeps comments', () => {
	expect(toCopyText('$ echo hi\n# comment\necho there', 'bash')).toBe(
		'echo hi\n# comment\necho there'
	);
});

test('other languages are copied unchanged', () => {
	expect(toCopyText('$ not a prompt in yaml: true\n', 'yaml')).toBe('$ not a prompt in yaml: true');
});
