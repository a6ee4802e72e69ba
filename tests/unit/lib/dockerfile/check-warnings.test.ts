import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../../../src/lib/dockerfile/check.ts';
import { isSecretName } from '../../../../src/lib/dockerfile/instruction-rules.ts';
import { dockerfile as df, expectClean, expectReported, type RuleCase } from './helpers.ts';

const FROM = 'FROM alpine:3.22';
const NODE = 'FROM node:24-alpine';

const cases: RuleCase[] = [
	{
		rule: 'JSONArgsRecommended',
		severity: 'warning',
		bad: df(NODE, 'CMD node server.js'),
		line: 2,
		message: 'does not receive stop signals',
		good: df(NODE, 'CMD ["node", "server.js"]'),
	},
	{
		rule: 'JSONArgsRecommended',
		severity: 'warning',
		bad: df(FROM, 'ENTRYPOINT /usr/local/bin/app --serve'),
		line: 2,
		message: 'Shell-form ENTRYPOINT',
		good: df(FROM, 'ENTRYPOINT ["/usr/local/bin/app", "--serve"]'),
	},
	{
		rule: 'FromAsCasing',
		severity: 'warning',
		bad: df(`${FROM} as build`, 'RUN echo hi'),
		line: 1,
		message: 'The `as` keyword and `FROM` are written in different cases',
		good: df(`${FROM} AS build`, 'RUN echo hi'),
	},
	{
		rule: 'StageNameCasing',
		severity: 'warning',
		bad: df(`${FROM} AS Build`, 'RUN echo hi'),
		line: 1,
		message: 'Stage name `Build` should be lowercase',
		good: df(`${FROM} AS build`, 'RUN echo hi'),
	},
	{
		rule: 'LegacyKeyValueFormat',
		severity: 'warning',
		bad: df(NODE, 'ENV NODE_ENV production'),
		line: 2,
		message: '`ENV NODE_ENV production` uses the legacy',
		good: df(NODE, 'ENV NODE_ENV=production'),
	},
	{
		rule: 'LegacyKeyValueFormat',
		severity: 'warning',
		bad: df(FROM, 'LABEL org.opencontainers.image.title Notes'),
		line: 2,
		message: 'legacy space-separated form',
		good: df(FROM, 'LABEL org.opencontainers.image.title=Notes'),
	},
	{
		rule: 'UndefinedVar',
		severity: 'warning',
		bad: df(FROM, 'COPY app-$VERSION.tar.gz /opt/'),
		line: 2,
		message: '`$VERSION` is not declared in this stage',
		good: df(FROM, 'ARG VERSION=1.0', 'COPY app-$VERSION.tar.gz /opt/'),
	},
	{
		rule: 'UndefinedVar',
		severity: 'warning',
		bad: df('ARG VERSION=1.0', FROM, 'LABEL org.opencontainers.image.version=$VERSION'),
		line: 3,
		message: 'only visible to FROM lines',
		good: df(
			'ARG VERSION=1.0',
			FROM,
			'ARG VERSION',
			'LABEL org.opencontainers.image.version=$VERSION'
		),
	},
	{
		rule: 'UndefinedVar',
		severity: 'warning',
		bad: df(FROM, 'WORKDIR /out/${TARGETARCH}'),
		line: 2,
		message: '`$TARGETARCH`',
		good: df(FROM, 'ARG TARGETARCH', 'WORKDIR /out/${TARGETARCH}'),
	},
	{
		rule: 'UndefinedVar',
		severity: 'warning',
		bad: df(FROM, 'ENV APP_HOME=/app', 'WORKDIR $APP_HOM'),
		line: 3,
		message:
			'`$APP_HOM` is not declared in this stage, so Docker replaces it with an empty string. Did you mean `$APP_HOME`?',
		good: df(FROM, 'ENV APP_HOME=/app', 'WORKDIR $APP_HOME'),
	},
	{
		rule: 'UndefinedArgInFrom',
		severity: 'warning',
		bad: df('FROM node:${NODE_VERSION}-alpine'),
		line: 1,
		message: 'FROM uses `$NODE_VERSION`, but no ARG before the first FROM declares it',
		good: df('ARG NODE_VERSION=24', 'FROM node:${NODE_VERSION}-alpine'),
	},
	{
		rule: 'SecretsUsedInArgOrEnv',
		severity: 'warning',
		bad: df(
			NODE,
			'ARG NPM_TOKEN',
			'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc'
		),
		line: 2,
		message: '`ARG NPM_TOKEN` looks like a secret',
		good: df(NODE, 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ping'),
	},
	{
		rule: 'SecretsUsedInArgOrEnv',
		severity: 'warning',
		bad: df('FROM postgres:18', 'ENV POSTGRES_PASSWORD=example'),
		line: 2,
		message: '`ENV POSTGRES_PASSWORD`',
		good: df('FROM postgres:18', 'ENV POSTGRES_DB=notes'),
	},
	{
		rule: 'MaintainerDeprecated',
		severity: 'warning',
		bad: df(FROM, 'MAINTAINER Jo <jo@example.com>'),
		line: 2,
		message: 'MAINTAINER is deprecated',
		good: df(FROM, 'LABEL org.opencontainers.image.authors="jo@example.com"'),
	},
	{
		rule: 'UnpinnedBaseImage',
		severity: 'warning',
		bad: df('FROM python'),
		line: 1,
		message: '`FROM python` is not pinned',
		good: df('FROM python:3.13-slim'),
	},
	{
		rule: 'UnpinnedBaseImage',
		severity: 'warning',
		bad: df('FROM nginx:latest'),
		line: 1,
		message: '`FROM nginx:latest` is not pinned',
		good: df('FROM nginx:1.30-alpine'),
	},
	{
		rule: 'CopyBeforeInstall',
		severity: 'warning',
		bad: df(NODE, 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'CMD ["node", "server.js"]'),
		line: 3,
		message:
			'`COPY . .` comes before `npm ci` (line 4), so every change to any source file re-runs the dependency install',
		good: df(
			NODE,
			'WORKDIR /app',
			'COPY package.json package-lock.json ./',
			'RUN npm ci',
			'COPY . .',
			'CMD ["node", "server.js"]'
		),
	},
	{
		rule: 'CopyBeforeInstall',
		severity: 'warning',
		bad: df(
			'FROM python:3.13-slim',
			'COPY . /app',
			'RUN pip install --no-cache-dir -r /app/requirements.txt'
		),
		line: 2,
		message: '`pip install`',
		good: df(
			'FROM python:3.13-slim',
			'COPY requirements.txt /app/',
			'RUN pip install --no-cache-dir -r /app/requirements.txt',
			'COPY . /app'
		),
	},
	{
		rule: 'CopyBeforeInstall',
		severity: 'warning',
		bad: df(
			'FROM golang:1.26',
			'WORKDIR /src',
			'COPY . .',
			'RUN go mod download && go build -o /app .'
		),
		line: 3,
		message: '`go mod download`',
		good: df(
			'FROM golang:1.26',
			'WORKDIR /src',
			'COPY go.mod go.sum ./',
			'RUN go mod download',
			'COPY . .',
			'RUN go build -o /app .'
		),
	},
	{
		rule: 'WorkdirRelativePath',
		severity: 'warning',
		bad: df(FROM, 'WORKDIR app'),
		line: 2,
		message: 'absolute',
		good: df(FROM, 'WORKDIR /app'),
	},
	{
		rule: 'MultipleInstructionsDisallowed',
		severity: 'warning',
		bad: df(NODE, 'CMD ["node", "a.js"]', 'CMD ["node", "b.js"]'),
		line: 2,
		message: 'only be one CMD',
		good: df(NODE, 'CMD ["node", "b.js"]'),
	},
	{
		rule: 'ConsistentInstructionCasing',
		severity: 'warning',
		bad: df(FROM, 'run echo hi'),
		line: 2,
		message: 'uppercase',
		good: df(FROM, 'RUN echo hi'),
	},
	{
		rule: 'NoEmptyContinuation',
		severity: 'warning',
		bad: df(FROM, 'RUN echo a \\', '', '  && echo b'),
		line: 3,
		message: 'Empty continuation line',
		good: df(FROM, 'RUN echo a \\', '  && echo b'),
	},
];

describe('checkDockerfile warnings', () => {
	test.each(cases)('reports $rule on line $line', (c) => expectReported(c));
	test.each(cases)('accepts the corrected twin of $rule', ({ good }) => expectClean(good));
});

describe('UndefinedVar scope', () => {
	test('leaves RUN, CMD and ENTRYPOINT text to the shell', () => {
		expectClean(df(FROM, 'RUN echo "$HOSTNAME $SHLVL $UNSET"', 'CMD ["sh", "-c", "echo $UNSET"]'));
	});

	test('skips heredoc bodies', () => {
		expectClean(
			df(FROM, 'COPY <<EOF /etc/motd', 'Hello $USER', 'EOF', 'RUN <<EOF', 'echo $X', 'EOF')
		);
	});

	test('skips single-quoted and escaped text', () => {
		expectClean(df(FROM, "ENV GREETING='hello $NAME' PRICE=\\$5"));
	});

	test('allows well-known variables and ENV inherited from a parent stage', () => {
		expectClean(
			df(
				`${FROM} AS base`,
				'ENV APP_HOME=/app PATH=/app/bin:$PATH',
				'FROM base',
				'WORKDIR $APP_HOME'
			)
		);
	});

	test('suggests a close name, as Docker does', () => {
		const [found] = checkDockerfile(df(FROM, 'ENV PATH=$PAHT:/app/bin'));
		expect(found?.message).toContain('Did you mean `$PATH`?');
	});

	test('does not let a stage see ARGs of its parent stage', () => {
		const found = checkDockerfile(
			df(`${FROM} AS base`, 'ARG MODE=dev', 'FROM base', 'LABEL mode=$MODE')
		);
		expect(found.map((d) => [d.rule, d.line])).toEqual([['UndefinedVar', 4]]);
	});

	test('checks RUN --mount options, which Docker expands', () => {
		const found = checkDockerfile(df(FROM, 'RUN --mount=type=cache,target=$CACHE_DIR ls'));
		expect(found.map((d) => [d.rule, d.line, d.column])).toEqual([['UndefinedVar', 2, 31]]);
	});

	test('sees the earlier names of one ARG line but not of one ENV line', () => {
		expectClean(df(FROM, 'ARG A=1 B=$A'));
		const found = checkDockerfile(df(FROM, 'ENV A=1 B=$A'));
		expect(found.map((d) => d.rule)).toEqual(['UndefinedVar']);
	});
});

describe('check directive', () => {
	test('skips the named warnings', () => {
		expectClean(
			df('# check=skip=JSONArgsRecommended,UnpinnedBaseImage', 'FROM node', 'CMD node server.js')
		);
	});

	test('skips every warning with skip=all but keeps errors', () => {
		const found = checkDockerfile(
			df('# check=skip=all', 'FROM node', 'CMD node server.js', 'RUNN x')
		);
		expect(found.map((d) => d.rule)).toEqual(['UnknownInstruction']);
	});

	test('leaves other warnings on', () => {
		const found = checkDockerfile(
			df('# check=skip=UnpinnedBaseImage', 'FROM node', 'CMD node x.js')
		);
		expect(found.map((d) => d.rule)).toEqual(['JSONArgsRecommended']);
	});
});

describe('rule details', () => {
	test('does not ask for JSON args once SHELL has chosen the shell', () => {
		expectClean(df(FROM, 'SHELL ["/bin/ash", "-c"]', 'CMD echo "$HOME"'));
	});

	test('does not pin scratch, stages, variables or digests', () => {
		const digest = 'alpine@sha256:' + 'a'.repeat(64);
		expectClean(
			df(
				'ARG BASE=alpine:3.22',
				'FROM ${BASE} AS base',
				'FROM base',
				'FROM scratch',
				`FROM ${digest}`
			)
		);
	});

	test('does not count apt-get install, global npm tools or other stages as dependency installs', () => {
		expectClean(df(NODE, 'COPY . .', 'RUN npm install -g pnpm@10 && apk add --no-cache git'));
		expectClean(
			df('FROM debian:13-slim', 'COPY . /src', 'RUN apt-get update && apt-get install -y make')
		);
		expectClean(df(`${NODE} AS src`, 'COPY . /app', NODE, 'WORKDIR /app', 'RUN npm ci'));
	});

	test('flags secret-like names the way Docker does', () => {
		for (const name of [
			'API_KEY',
			'apikey',
			'PRIVATE_KEY',
			'GITHUB_TOKEN',
			'DB_PASSWORD',
			'AUTH',
		]) {
			expect(isSecretName(name), name).toBe(true);
		}
		for (const name of ['PUBLIC_KEY', 'KEYBOARD', 'TOKENIZER_DIR', 'NODE_ENV']) {
			expect(isSecretName(name), name).toBe(false);
		}
	});
});
