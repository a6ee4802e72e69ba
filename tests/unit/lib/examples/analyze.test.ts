import { describe, expect, test } from 'vitest';
import { analyzeExample } from '../../../../src/lib/examples/analyze';
import { checkCodeBlock } from '../../../../src/lib/examples/check-block';
import { getDiagram } from '../../../../src/lib/examples/diagram';
import { getKeywordLinks } from '../../../../src/lib/examples/instruction-links';
import { classifyLayerLines } from '../../../../src/lib/examples/layers';

const MULTI_STAGE =
	'FROM golang:1.26-alpine AS build\nRUN go build -o /app .\nFROM alpine:3.22\nCOPY --from=build /app /app\nCMD ["/app"]\n';
const COMPOSE =
	'services:\n  web:\n    image: nginx:1.30-alpine\n    depends_on: [db]\n  db:\n    image: postgres:17\n';

describe('analyzeExample', () => {
	test('gives a Dockerfile its diagnostics, keyword links, layer marks and stage diagram from one parse', () => {
		const analysis = analyzeExample(
			{ lang: 'dockerfile', meta: 'title="Dockerfile"', value: MULTI_STAGE },
			{ base: '/docs/' }
		);
		expect(analysis.report).toEqual(
			checkCodeBlock({ lang: 'dockerfile', meta: 'title="Dockerfile"', value: MULTI_STAGE })
		);
		expect(analysis.report.checked).toBe(true);
		expect(analysis.links).toEqual(getKeywordLinks(MULTI_STAGE, '/docs/'));
		expect(analysis.links.map((l) => `${l.line}:${l.keyword}`)).toEqual([
			'1:FROM',
			'2:RUN',
			'3:FROM',
			'4:COPY',
			'5:CMD',
		]);
		expect(analysis.links[0]!.href).toBe('/docs/notes/dockerfile/#from');
		expect(analysis.layers).toEqual(classifyLayerLines(MULTI_STAGE));
		expect(analysis.diagram).toEqual(getDiagram('dockerfile', MULTI_STAGE));
		expect(analysis.diagram?.kind).toBe('stages');
	});

	test('reports a broken Dockerfile and still links its keywords', () => {
		const analysis = analyzeExample({
			lang: 'dockerfile',
			meta: '',
			value: 'FROM alpine:3.22\nRUNN echo hi\n',
		});
		expect(analysis.report.diagnostics).toContainEqual(
			expect.objectContaining({ rule: 'UnknownInstruction', line: 2 })
		);
		expect(analysis.links.map((l) => l.keyword)).toEqual(['FROM']);
	});

	test('a nocheck block is not checked and gets no diagram, but keeps its links', () => {
		const analysis = analyzeExample({ lang: 'dockerfile', meta: 'nocheck', value: MULTI_STAGE });
		expect(analysis.report).toMatchObject({ kind: 'dockerfile', checked: false, diagnostics: [] });
		expect(analysis.report.skipped).toMatch(/nocheck/);
		expect(analysis.diagram).toBeUndefined();
		expect(analysis.links).toHaveLength(5);
	});

	test('gives a Compose file, recognised by its content, its diagnostics and service diagram', () => {
		const analysis = analyzeExample({ lang: 'yaml', meta: '', value: COMPOSE });
		expect(analysis.report).toMatchObject({ kind: 'compose', checked: true, diagnostics: [] });
		expect(analysis.diagram).toEqual(getDiagram('compose', COMPOSE));
		expect(analysis.links).toEqual([]);
		const broken = analyzeExample({
			lang: 'yaml',
			meta: 'title="compose.yaml"',
			value: 'services:\n  web:\n    imag: nginx\n',
		});
		expect(broken.report.diagnostics.length).toBeGreaterThan(0);
		expect(broken.report).toEqual(
			checkCodeBlock({
				lang: 'yaml',
				meta: 'title="compose.yaml"',
				value: 'services:\n  web:\n    imag: nginx\n',
			})
		);
	});

	test('leaves other YAML and other languages alone', () => {
		for (const block of [
			{ lang: 'yaml', meta: '', value: 'apiVersion: v1\nkind: Pod\n' },
			{ lang: 'sh', meta: '', value: 'docker build .\n' },
		]) {
			const analysis = analyzeExample(block);
			expect(analysis.report.kind).toBeUndefined();
			expect(analysis.diagram).toBeUndefined();
		}
	});
});
