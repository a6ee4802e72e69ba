import { describe, expect, test } from 'vitest';
import { imageVersions, replaceVersion, splitImage } from '../../../../src/lib/eol/image.ts';

describe('splitImage', () => {
	test('drops docker.io and library/ and keeps a registry port out of the tag', () => {
		expect(splitImage('docker.io/library/python:3.13')).toEqual({ name: 'python', tag: '3.13' });
		expect(splitImage('registry:5000/team/app')).toEqual({
			name: 'registry:5000/team/app',
			tag: undefined,
		});
		expect(splitImage('registry:5000/team/app:1.2')).toEqual({
			name: 'registry:5000/team/app',
			tag: '1.2',
		});
	});
});

describe('imageVersions', () => {
	test('reads the language version and the Debian codename of a suffixed tag', () => {
		expect(imageVersions('python:3.13-slim-bookworm')).toEqual([
			{ product: 'python', version: '3.13', role: 'image', within: 'tag' },
			{ product: 'debian', version: 'bookworm', role: 'base', within: 'tag' },
		]);
	});

	test('reads an Alpine version after the language version', () => {
		expect(imageVersions('node:22-alpine3.20')).toEqual([
			{ product: 'nodejs', version: '22', role: 'image', within: 'tag' },
			{ product: 'alpine-linux', version: '3.20', role: 'base', within: 'tag' },
		]);
	});

	test('reads no Alpine version from a bare `-alpine`', () => {
		expect(imageVersions('golang:1.24-alpine')).toEqual([
			{ product: 'go', version: '1.24', role: 'image', within: 'tag' },
		]);
	});

	test('reads Debian and Ubuntu tags by number or codename, and Java build numbers', () => {
		expect(imageVersions('debian:trixie-slim')).toEqual([
			{ product: 'debian', version: 'trixie', role: 'image', within: 'tag' },
		]);
		expect(imageVersions('debian:12.5')).toEqual([
			{ product: 'debian', version: '12.5', role: 'image', within: 'tag' },
		]);
		expect(imageVersions('ubuntu:noble-20240801')).toEqual([
			{ product: 'ubuntu', version: 'noble', role: 'image', within: 'tag' },
		]);
		expect(imageVersions('eclipse-temurin:21.0.5_11-jre-noble')).toEqual([
			{ product: 'eclipse-temurin', version: '21.0.5', role: 'image', within: 'tag' },
			{ product: 'ubuntu', version: 'noble', role: 'base', within: 'tag' },
		]);
	});

	test('reads distroless images by their Debian release and runtime version', () => {
		expect(imageVersions('gcr.io/distroless/static-debian12:nonroot')).toEqual([
			{ product: 'debian', version: '12', role: 'base', within: 'name' },
		]);
		expect(imageVersions('gcr.io/distroless/nodejs22-debian13')).toEqual([
			{ product: 'nodejs', version: '22', role: 'image', within: 'name' },
			{ product: 'debian', version: '13', role: 'base', within: 'name' },
		]);
	});

	test('leaves alone what is not a version: latest, words, digests, variables, unknown images', () => {
		for (const image of [
			'python',
			'python:latest',
			'node:lts-alpine',
			'nginx:stable',
			'python:3.9@sha256:0123456789abcdef',
			'python@sha256:0123456789abcdef',
			'python:${PYTHON_VERSION}-slim',
			'${BASE_IMAGE}',
			'registry.example.com/notes/api:1.4.0',
			'myorg/python:3.9',
		]) {
			expect(imageVersions(image), image).toEqual([]);
		}
	});
});

describe('replaceVersion', () => {
	test('swaps one version and keeps the rest of the reference', () => {
		const [python, debian] = imageVersions('python:3.9.18-slim-bookworm');
		expect(replaceVersion('python:3.9.18-slim-bookworm', python!, '3.14')).toBe(
			'python:3.14-slim-bookworm'
		);
		expect(replaceVersion('python:3.9.18-slim-bookworm', debian!, 'trixie')).toBe(
			'python:3.9.18-slim-trixie'
		);
		const [base] = imageVersions('gcr.io/distroless/static-debian12:nonroot');
		expect(replaceVersion('gcr.io/distroless/static-debian12:nonroot', base!, '13')).toBe(
			'gcr.io/distroless/static-debian13:nonroot'
		);
	});
});
