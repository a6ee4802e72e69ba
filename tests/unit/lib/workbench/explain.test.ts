import { describe, expect, test } from 'vitest';
import { explain } from '../../../../src/lib/workbench/explain.ts';
import {
	EXTENSION_KEY,
	OTHER_SERVICE_KEY,
	SERVICE_KEYS,
	TOP_KEYS,
} from '../../../../src/lib/workbench/compose-keys.ts';
import { INSTRUCTIONS } from '../../../../src/lib/dockerfile/instructions.ts';
import { headingIds } from './note-files.ts';

describe('explain', () => {
	test('every Dockerfile instruction gets a sentence, its section and its layer mark', () => {
		const lines = explain(
			'dockerfile',
			'FROM alpine:3.22\nWORKDIR /app\nCOPY . .\nRUN make \\\n  all\nCMD ["./app"]\n'
		);
		expect(lines.map((l) => [l.line, l.subject, l.layer, l.href])).toEqual([
			[1, 'FROM', false, '/notes/dockerfile/#from'],
			[2, 'WORKDIR', false, '/notes/dockerfile/#workdir'],
			[3, 'COPY', true, '/notes/dockerfile/#copy'],
			[4, 'RUN', true, '/notes/dockerfile/#run'],
			[6, 'CMD', false, '/notes/dockerfile/#cmd'],
		]);
		expect(lines[2]!.text).toMatch(/Adds a layer/);
	});
	test('links carry the site base', () => {
		expect(explain('dockerfile', 'FROM alpine:3.22\n', '/docs/')[0]!.href).toBe(
			'/docs/notes/dockerfile/#from'
		);
	});
	test('every Compose top-level key, service and service key is explained on its line', () => {
		const source =
			'services:\n  web:\n    image: nginx:1.30\n    ports:\n      - "8080:80"\n    x-note: hi\n    stdin_open: true\nvolumes:\n  data:\n';
		const lines = explain('compose', source);
		expect(lines.map((l) => [l.line, l.subject])).toEqual([
			[1, 'services'],
			[2, 'services.web'],
			[3, 'services.web.image'],
			[4, 'services.web.ports'],
			[6, 'services.web.x-note'],
			[7, 'services.web.stdin_open'],
			[8, 'volumes'],
		]);
		expect(lines[3]!.href).toBe('/notes/compose/#ports');
		expect(lines[4]!.text).toBe(EXTENSION_KEY.text);
		expect(lines[5]!.text).toBe(OTHER_SERVICE_KEY.text);
	});
	test('broken YAML is explained by nothing rather than by guesses', () => {
		expect(explain('compose', 'services:\n  web: [\n')).toEqual([]);
	});
	test('every section a Compose key links to exists in its note', () => {
		const all = [
			...Object.values(SERVICE_KEYS),
			...Object.values(TOP_KEYS),
			EXTENSION_KEY,
			OTHER_SERVICE_KEY,
		];
		for (const { section } of all) {
			const [slug = '', id = ''] = section.split('#');
			expect(headingIds(slug), section).toContain(id);
		}
	});
	test('every Dockerfile instruction has its section in the Dockerfile note', () => {
		const ids = headingIds('dockerfile');
		for (const keyword of Object.keys(INSTRUCTIONS))
			expect(ids, keyword).toContain(keyword.toLowerCase());
	});
});
