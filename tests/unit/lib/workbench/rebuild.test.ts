import { describe, expect, test } from 'vitest';
import { getDockerfileFacts } from '../../../../src/lib/workbench/dockerfile-facts.ts';
import {
	copiedManifests,
	whatRebuilds,
	type RebuildChanges,
} from '../../../../src/lib/workbench/rebuild.ts';

const NONE: RebuildChanges = { files: [], buildArgs: [], baseImage: false };
const NODE = `FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
`;
const NAIVE = `FROM node:24-trixie-slim
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
`;

const run = (source: string, changes: Partial<RebuildChanges>, ignore = '') =>
	whatRebuilds(getDockerfileFacts(source), { ...NONE, ...changes }, ignore).map(
		(s) => `${s.line} ${s.status}`
	);

describe('whatRebuilds', () => {
	test('with nothing changed, every step is reused', () => {
		expect(run(NODE, {})).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 reused',
			'5 reused',
			'6 reused',
		]);
	});
	test('a source change re-runs from the COPY of the source only, when manifests come first', () => {
		expect(run(NODE, { files: ['src/server.js'] })).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 reused',
			'5 rerun',
			'6 rerun',
		]);
	});
	test('a source change re-runs the install when the whole context is copied first', () => {
		expect(run(NAIVE, { files: ['src/server.js'] })).toEqual([
			'1 reused',
			'2 reused',
			'3 rerun',
			'4 rerun',
			'5 rerun',
		]);
	});
	test('a manifest change re-runs the install and everything after it, and says why', () => {
		const steps = whatRebuilds(getDockerfileFacts(NODE), { ...NONE, files: ['package-lock.json'] });
		expect(steps.map((s) => s.status)).toEqual([
			'reused',
			'reused',
			'rerun',
			'rerun',
			'rerun',
			'rerun',
		]);
		expect(steps[2]!.reason).toMatch(/`package-lock.json` changed, and this step copies it/);
		expect(steps[3]!.reason).toMatch(/earlier step of this stage ran again/);
	});
	test('a file .dockerignore leaves out reaches no step', () => {
		expect(run(NAIVE, { files: ['README.md'] }, '*.md\n')).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 reused',
			'5 reused',
		]);
		const steps = whatRebuilds(
			getDockerfileFacts(NAIVE),
			{ ...NONE, files: ['README.md'] },
			'*.md\n'
		);
		expect(steps[2]!.reason).toMatch(/\.dockerignore keeps it out/);
	});
	test('an exception in .dockerignore lets the file back in', () => {
		expect(run(NAIVE, { files: ['README.md'] }, '*.md\n!README.md\n')[2]).toBe('3 rerun');
	});
	test('a new base image re-runs the whole stage', () => {
		expect(run(NODE, { baseImage: true })).toEqual([
			'1 rerun',
			'2 rerun',
			'3 rerun',
			'4 rerun',
			'5 rerun',
			'6 rerun',
		]);
	});
	test('a changed build argument misses the cache at its first use, not at its declaration', () => {
		const source = `FROM alpine:3.22\nARG VERSION=1\nWORKDIR /app\nRUN echo building\nRUN echo $VERSION\n`;
		expect(run(source, { buildArgs: ['VERSION'] })).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 rerun',
			'5 rerun',
		]);
		expect(run(source, { buildArgs: ['OTHER'] })).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 reused',
			'5 reused',
		]);
	});
	test('a global build argument used in FROM re-runs that stage', () => {
		const source = `ARG NODE=24\nFROM node:\${NODE}-trixie-slim\nRUN echo hi\n`;
		expect(run(source, { buildArgs: ['NODE'] })).toEqual(['2 rerun', '3 rerun']);
	});
	test('a stage copying from a stage that re-ran re-runs from that COPY; unused stages are skipped', () => {
		const source = `FROM golang:1.27-trixie AS build
COPY . .
RUN go build -o /out/app
FROM alpine:3.22 AS debug
RUN echo unused
FROM gcr.io/distroless/static-debian13:nonroot
WORKDIR /app
COPY --from=build /out/app /app
`;
		expect(run(source, { files: ['main.go'] })).toEqual([
			'1 reused',
			'2 rerun',
			'3 rerun',
			'4 skipped',
			'5 skipped',
			'6 reused',
			'7 reused',
			'8 rerun',
		]);
		expect(run(source, {})).toContain('8 reused');
	});
	test('COPY with a glob copies only what matches', () => {
		const source = `FROM python:3.14-slim-trixie\nCOPY requirements*.txt ./\nRUN pip install -r requirements.txt\nCOPY src/ ./src/\n`;
		expect(run(source, { files: ['requirements-dev.txt'] })).toEqual([
			'1 reused',
			'2 rerun',
			'3 rerun',
			'4 rerun',
		]);
		expect(run(source, { files: ['docs/index.md'] })).toEqual([
			'1 reused',
			'2 reused',
			'3 reused',
			'4 reused',
		]);
	});
	test('copiedManifests lists the manifests a Dockerfile copies by name', () => {
		expect(copiedManifests(getDockerfileFacts(NODE))).toEqual([
			'package.json',
			'package-lock.json',
		]);
		expect(copiedManifests(getDockerfileFacts(NAIVE))).toEqual([]);
	});
});
