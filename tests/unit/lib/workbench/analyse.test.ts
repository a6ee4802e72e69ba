import { describe, expect, test } from 'vitest';
import { checkCodeBlock, exampleKind } from '../../../../src/lib/examples/check-block.ts';
import { parseCodeMeta } from '../../../../src/lib/code-meta.ts';
import { analyse } from '../../../../src/lib/workbench/analyse.ts';
import { noteCodeBlocks } from './note-files.ts';

const rules = (list: { line: number; rule: string }[]) => list.map((d) => `${d.line} [${d.rule}]`);

describe('analyse', () => {
	test('every checked note block gets the same rule ids at the same lines in the workbench', () => {
		let compared = 0;
		let withFindings = 0;
		for (const block of noteCodeBlocks()) {
			const kind = exampleKind(block);
			if (!kind) continue;
			const meta = parseCodeMeta(block.meta);
			const build = checkCodeBlock({ ...block, meta: block.meta.replace(/\bnocheck\b/, '') });
			const workbench = analyse({ source: block.value, kind, fragment: meta.fragment });
			expect(rules(workbench.diagnostics), `${block.file}\n${block.value}`).toEqual(
				rules(build.diagnostics)
			);
			compared++;
			if (build.diagnostics.length > 0) withFindings++;
		}
		expect(compared).toBeGreaterThan(40);
		// The intentionally wrong (nocheck) blocks are checked here too, so findings are compared.
		expect(withFindings).toBeGreaterThan(3);
	});

	test('a Dockerfile gets facts, explanations and a stage diagram', () => {
		const a = analyse({
			source:
				'FROM golang:1.27-trixie AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n',
		});
		expect(a.kind).toBe('dockerfile');
		expect(a.dockerfile?.stages.map((s) => s.base)).toEqual(['golang:1.27-trixie', 'scratch']);
		expect(a.diagram?.kind).toBe('stages');
		expect(a.diagram?.description).toMatch(/copies from build/);
		expect(a.compose).toBeUndefined();
	});

	test('a Compose file gets its data, graph and a service diagram', () => {
		const a = analyse({
			source:
				'services:\n  web:\n    image: nginx:1.30\n    depends_on: [db]\n  db:\n    image: postgres:18\n',
		});
		expect(a.kind).toBe('compose');
		expect(a.compose?.graph?.dependsOn).toEqual([
			{ from: 'web', to: 'db', condition: 'service_started' },
		]);
		expect(a.diagram?.kind).toBe('services');
	});

	test('findings carry line, rule, severity, message and fix', () => {
		const a = analyse({ source: 'FROM alpine:3.22\nCMD echo hi\n' });
		expect(a.diagnostics).toMatchObject([
			{ line: 2, rule: 'JSONArgsRecommended', severity: 'warning' },
		]);
		expect(a.diagnostics[0]!.fix).toBeTruthy();
	});
});
