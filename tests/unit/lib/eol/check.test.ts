import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { checkDockerfile } from '../../../../src/lib/dockerfile/check.ts';
import { endOfLifeFindings, staleTableWarning } from '../../../../src/lib/eol/check.ts';
import { findCycle } from '../../../../src/lib/eol/lookup.ts';
import { EOL_TABLE } from '../../../../src/lib/eol/table.ts';
import { checkCodeBlock } from '../../../../src/lib/examples/check-block.ts';
import { EOL, TABLE, TODAY } from './helpers.ts';

const dockerfile = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('EndOfLifeImage in a Dockerfile', () => {
	test('reports a base image past its end of life, with the date and the supported versions', () => {
		const found = checkDockerfile(dockerfile('FROM python:3.9-slim', 'CMD ["python"]'), {
			eol: EOL,
		});
		expect(found).toHaveLength(1);
		const [d] = found;
		expect(d).toMatchObject({ rule: 'EndOfLifeImage', severity: 'error', line: 1, column: 6 });
		expect(d?.message).toContain(
			'`python:3.9-slim` is Python 3.9, whose support ended on 2025-10-31'
		);
		// 3.15 is in the table but not released on the day judged, so it is not offered.
		expect(d?.message).toContain('Supported Python versions: 3.14, 3.13');
		expect(d?.fix).toContain('`python:3.14-slim`');
		expect(d?.fix).toContain('`nocheck`');
	});

	test('accepts the supported twin', () => {
		expect(
			checkDockerfile(dockerfile('FROM python:3.14-slim', 'CMD ["python"]'), { eol: EOL })
		).toEqual([]);
	});

	test('reports the distribution part of a tag: Debian bookworm under a supported Python', () => {
		const [d, ...rest] = checkDockerfile(
			dockerfile('FROM python:3.13-slim-bookworm', 'CMD ["python"]'),
			{ eol: EOL }
		);
		expect(rest).toEqual([]);
		expect(d?.message).toContain(
			'is built on Debian 12 (bookworm), whose support ended on 2026-06-10'
		);
		expect(d?.message).toContain('Supported Debian versions: 13 (trixie)');
		expect(d?.fix).toContain('`python:3.13-slim-trixie`');
		expect(
			checkDockerfile(dockerfile('FROM python:3.13-slim-trixie', 'CMD ["python"]'), { eol: EOL })
		).toEqual([]);
	});

	test('reports both parts of `node:20-alpine3.20`, and neither of `node:24-alpine3.22`', () => {
		const found = checkDockerfile(dockerfile('FROM node:20-alpine3.20', 'CMD ["node"]'), {
			eol: EOL,
		});
		expect(found.map((d) => d.message.split(',')[0])).toEqual([
			'`node:20-alpine3.20` is Node.js 20',
			'`node:20-alpine3.20` is built on Alpine Linux 3.20',
		]);
		expect(
			checkDockerfile(dockerfile('FROM node:24-alpine3.22', 'CMD ["node"]'), { eol: EOL })
		).toEqual([]);
	});

	test('reports each stage on its own line and never a stage used as a base', () => {
		const found = checkDockerfile(
			dockerfile(
				'FROM golang:1.24-alpine AS build',
				'RUN go version',
				'FROM build AS test',
				'RUN go vet',
				'FROM gcr.io/distroless/static-debian12:nonroot',
				'COPY --from=build /go /go'
			),
			{ eol: EOL }
		);
		expect(found.map((d) => [d.rule, d.line])).toEqual([
			['EndOfLifeImage', 1],
			['EndOfLifeImage', 5],
		]);
		expect(found[1]?.fix).toContain('`gcr.io/distroless/static-debian13:nonroot`');
	});

	test('leaves latest, digests, variables and unknown images alone', () => {
		for (const base of [
			'python:latest',
			'python:3.9@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
			'example.com/python:3.9',
			'debian:stable-slim',
		]) {
			const rules = checkDockerfile(dockerfile(`FROM ${base}`, 'CMD ["x"]'), { eol: EOL }).map(
				(d) => d.rule
			);
			expect(rules, base).not.toContain('EndOfLifeImage');
		}
		const variable = dockerfile(
			'ARG PYTHON_VERSION=3.9',
			'FROM python:${PYTHON_VERSION}-slim',
			'CMD ["python"]'
		);
		expect(checkDockerfile(variable, { eol: EOL }).map((d) => d.rule)).not.toContain(
			'EndOfLifeImage'
		);
	});
});

describe('EndOfLifeImage in a Compose file', () => {
	const compose = (image: string) => `services:\n  db:\n    image: ${image}\n`;

	test('reports a service image past its end of life on the image line', () => {
		const [d, ...rest] = checkCompose(compose('postgres:13-alpine'), { eol: EOL });
		expect(rest).toEqual([]);
		expect(d).toMatchObject({ rule: 'EndOfLifeImage', severity: 'error', line: 3 });
		expect(d?.message).toContain('PostgreSQL 13, whose support ended on 2025-11-13');
		expect(d?.fix).toContain('`postgres:18-alpine`');
	});

	test('accepts the supported twin and a shorter tag that names a supported cycle', () => {
		expect(checkCompose(compose('postgres:18-alpine'), { eol: EOL })).toEqual([]);
		// `mysql:8` is the newest 8.x, 8.4; `mysql:8.0` is the old cycle.
		expect(checkCompose(compose('mysql:8'), { eol: EOL })).toEqual([]);
		expect(checkCompose(compose('mysql:8.0'), { eol: EOL }).map((d) => d.rule)).toEqual([
			'EndOfLifeImage',
		]);
	});

	test('leaves latest, digests, variables and unknown images alone', () => {
		for (const image of [
			'"postgres:latest"',
			'postgres@sha256:0123',
			'"postgres:${PG_VERSION:-13}"',
			'example.com/db:13',
		]) {
			expect(checkCompose(compose(image), { eol: EOL }), image).toEqual([]);
		}
	});
});

describe('nocheck', () => {
	test('a block marked nocheck may show an outdated image; the same block unmarked may not', () => {
		// Python 3.7's support ended in 2023, so this holds whatever the day and the table.
		const value = 'FROM python:3.7\nCMD ["python"]\n';
		expect(checkCodeBlock({ lang: 'dockerfile', meta: 'nocheck', value }).diagnostics).toEqual([]);
		expect(
			checkCodeBlock({ lang: 'dockerfile', meta: '', value }).diagnostics.map((d) => d.rule)
		).toEqual(['EndOfLifeImage']);
	});
});

describe('findCycle', () => {
	test('matches a patch version to its cycle and a short tag to the newest cycle it covers', () => {
		const today = '2026-12-01';
		expect(findCycle(TABLE.products.python!, '3.13.1', today)?.cycle).toBe('3.13');
		expect(findCycle(TABLE.products.python!, '3', today)?.cycle).toBe('3.14');
		expect(findCycle(TABLE.products.python!, '3.1', today)).toBeUndefined();
		expect(findCycle(TABLE.products.debian!, 'bookworm', today)?.cycle).toBe('12');
		expect(findCycle(TABLE.products.debian!, 'sid', today)).toBeUndefined();
	});
});

describe('the repository table on the day it was taken', () => {
	const today = new Date(`${EOL_TABLE.takenOn}T12:00:00Z`);
	const past = (image: string) =>
		endOfLifeFindings(image, { today }).map((f) => `${f.label} ${f.cycle.cycle}`);

	test('passes the current tags the notes use', () => {
		for (const image of [
			'python:3.14-slim',
			'python:3.14-slim-trixie',
			'node:24-alpine',
			'node:24.21.0-trixie-slim',
			'golang:1.26-alpine',
			'alpine:3.22',
			'debian:trixie-slim',
			'gcr.io/distroless/static-debian13:nonroot',
			'postgres:18',
			'redis:8-alpine',
			'nginx:1.30-alpine',
			'nginxinc/nginx-unprivileged:1.30-alpine',
			'eclipse-temurin:21-jre-noble',
			'eclipse-temurin:25-jdk',
			'python:3.14',
			'node:24-trixie-slim',
			'node:26-alpine',
			'postgres:18-alpine',
			'golang:1.26',
			'golang:1.27-trixie',
			'alpine:3.23',
			'gcr.io/distroless/base-debian13',
			'gcr.io/distroless/nodejs24-debian13:nonroot',
			'redis:8.2',
			'mongo:8.0',
			'mysql:8.4',
			'mariadb:11.8',
			'httpd:2.4-alpine',
			'php:8.4-fpm',
			'ruby:3.4-slim',
			'ubuntu:24.04',
		]) {
			expect(past(image), image).toEqual([]);
		}
	});

	test('flags what the issue names as past its end of life', () => {
		expect(past('debian:bookworm')).toEqual(['Debian 12']);
		expect(past('node:20')).toEqual(['Node.js 20']);
		expect(past('python:3.9')).toEqual(['Python 3.9']);
	});

	test('every cycle has the fields the checks read, and the table says where it comes from', () => {
		expect(EOL_TABLE.about).toMatch(/endoflife\.date/);
		expect(EOL_TABLE.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		for (const [name, product] of Object.entries(EOL_TABLE.products)) {
			expect(product.url, name).toBe(`https://endoflife.date/${name}`);
			expect(product.checked.length, name).toBeGreaterThan(10);
			for (const cycle of product.cycles) {
				expect(cycle.cycle, name).toMatch(/^\d+(\.\d+)*$/);
				expect(cycle.released, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				if (cycle.eol !== null)
					expect(cycle.eol > cycle.released, `${name} ${cycle.cycle}`).toBe(true);
			}
		}
	});
});

describe('staleTableWarning', () => {
	test('warns when the table is six months old or more, and names the command that refreshes it', () => {
		const warning = staleTableWarning({ table: { ...TABLE, takenOn: '2026-05-31' }, today: TODAY });
		expect(warning).toMatchObject({
			file: 'src/lib/eol/table.json',
			rule: 'StaleEndOfLifeTable',
			severity: 'warning',
		});
		expect(warning?.message).toContain('taken on 2026-05-31, 6 months ago');
		expect(warning?.fix).toContain('npm run update:eol');
	});

	test('is silent for a table younger than six months', () => {
		expect(
			staleTableWarning({ table: { ...TABLE, takenOn: '2026-06-02' }, today: TODAY })
		).toBeUndefined();
		expect(staleTableWarning({ table: TABLE, today: TODAY })).toBeUndefined();
	});
});
