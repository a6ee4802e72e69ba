import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../../../src/lib/dockerfile/check.ts';
import { dockerfile as df, expectClean, expectReported, type RuleCase } from './helpers.ts';

const FROM = 'FROM alpine:3.22';

const cases: RuleCase[] = [
	{
		rule: 'UnknownInstruction',
		severity: 'error',
		bad: df(FROM, 'RUNN echo hi'),
		line: 2,
		message: '`RUNN` is not a Dockerfile instruction',
		good: df(FROM, 'RUN echo hi'),
	},
	{
		rule: 'MissingArguments',
		severity: 'error',
		bad: df(FROM, 'COPY app.py'),
		line: 2,
		message: 'at least two arguments',
		good: df(FROM, 'COPY app.py /app/'),
	},
	{
		rule: 'DuplicateStageName',
		severity: 'error',
		bad: df(`${FROM} AS build`, 'RUN echo a', `${FROM} AS build`, 'RUN echo b'),
		line: 3,
		message: 'The stage name `build` is used twice',
		good: df(`${FROM} AS build`, 'RUN echo a', `${FROM} AS test`, 'RUN echo b'),
	},
	{
		rule: 'UnknownFlag',
		severity: 'error',
		bad: df(FROM, 'COPY --chmown=app:app app.py /app/'),
		line: 2,
		message: '`--chmown` is not a flag',
		good: df(FROM, 'COPY --chown=app:app app.py /app/'),
	},
	{
		rule: 'InvalidDuration',
		severity: 'error',
		bad: df(FROM, 'HEALTHCHECK --interval=30x CMD ["true"]'),
		line: 2,
		message: '`30x` is not a valid duration',
		good: df(FROM, 'HEALTHCHECK --interval=30s CMD ["true"]'),
	},
	{
		rule: 'MalformedJSONArgs',
		severity: 'error',
		bad: df('FROM node:24-alpine', 'CMD ["node", "server.js"'),
		line: 2,
		message: 'not valid JSON',
		good: df('FROM node:24-alpine', 'CMD ["node", "server.js"]'),
	},
	{
		rule: 'MalformedJSONArgs',
		severity: 'error',
		bad: df(FROM, 'ENTRYPOINT ["/app/run" "--verbose"]'),
		line: 2,
		message: 'ENTRYPOINT looks like a JSON array',
		good: df(FROM, 'ENTRYPOINT ["/app/run", "--verbose"]'),
	},
	{
		rule: 'JSONInSingleQuotes',
		severity: 'error',
		bad: df('FROM node:24-alpine', "CMD ['node', 'server.js']"),
		line: 2,
		message: 'single quotes',
		good: df('FROM node:24-alpine', 'CMD ["node", "server.js"]'),
	},
	{
		rule: 'UnknownStageReference',
		severity: 'error',
		bad: df(`${FROM} AS build`, 'RUN echo hi > /out', FROM, 'COPY --from=bulid /out /out'),
		line: 4,
		message: 'Did you mean `build`?',
		good: df(`${FROM} AS build`, 'RUN echo hi > /out', FROM, 'COPY --from=build /out /out'),
	},
	{
		rule: 'UnknownStageReference',
		severity: 'error',
		bad: df(`${FROM} AS src`, FROM, 'RUN --mount=type=bind,from=sources,target=/src ls /src'),
		line: 3,
		message: '`sources` is not a stage defined above',
		good: df(`${FROM} AS src`, FROM, 'RUN --mount=type=bind,from=src,target=/src ls /src'),
	},
	{
		rule: 'UnknownStageReference',
		severity: 'error',
		bad: df(FROM, 'COPY --from=assets /a /a', `${FROM} AS assets`),
		line: 2,
		message: 'not above this line',
		good: df(`${FROM} AS assets`, FROM, 'COPY --from=assets /a /a'),
	},
	{
		rule: 'UnknownStageReference',
		severity: 'error',
		bad: df(FROM, 'RUN echo hi > /out', FROM, 'COPY --from=1 /out /out'),
		line: 4,
		message: '`COPY --from=1` points at a stage that is not above',
		good: df(FROM, 'RUN echo hi > /out', FROM, 'COPY --from=0 /out /out'),
	},
	{
		rule: 'UnknownRunFlag',
		severity: 'error',
		bad: df(FROM, 'RUN --netwrk=none echo hi'),
		line: 2,
		message: '`--netwrk` is not a RUN flag',
		good: df(FROM, 'RUN --network=none echo hi'),
	},
	{
		rule: 'UnknownMountType',
		severity: 'error',
		bad: df(FROM, 'RUN --mount=type=cachee,target=/var/cache/apk apk add curl'),
		line: 2,
		message: '`type=cachee` is not a mount type',
		good: df(FROM, 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
	},
	{
		rule: 'UnterminatedHeredoc',
		severity: 'error',
		bad: df(FROM, 'RUN <<EOF', 'apk add --no-cache curl'),
		line: 2,
		message: '`<<EOF` is never closed',
		good: df(FROM, 'RUN <<EOF', 'apk add --no-cache curl', 'EOF'),
	},
	{
		rule: 'MissingFrom',
		severity: 'error',
		bad: df('RUN apk add --no-cache curl'),
		line: 1,
		message: 'must start with FROM',
		good: df('RUN apk add --no-cache curl'),
		goodFragment: true,
	},
	{
		rule: 'InstructionBeforeFrom',
		severity: 'error',
		bad: df('RUN echo hi', FROM),
		line: 1,
		message: 'Only ARG and comments may come before the first FROM',
		good: df('ARG ALPINE=3.22', 'FROM alpine:${ALPINE}'),
	},
	{
		rule: 'ExposeInvalidFormat',
		severity: 'error',
		bad: df(FROM, 'EXPOSE http'),
		line: 2,
		message: '`http` is not a valid port',
		good: df(FROM, 'EXPOSE 80'),
	},
	{
		rule: 'InvalidStageName',
		severity: 'error',
		bad: df(`${FROM} AS 1st`),
		line: 1,
		message: '`1st` is not a valid stage name',
		good: df(`${FROM} AS first`),
	},
	{
		rule: 'MissingEquals',
		severity: 'error',
		bad: df(FROM, 'ENV A=1 B'),
		line: 2,
		message: 'can\'t find = in "B"',
		good: df(FROM, 'ENV A=1 B=2'),
	},
	{
		rule: 'ShellRequiresJSON',
		severity: 'error',
		bad: df(FROM, 'SHELL /bin/ash -c'),
		line: 2,
		message: 'JSON form',
		good: df(FROM, 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]'),
	},
];

describe('checkDockerfile errors', () => {
	test.each(cases)('reports $rule on line $line', (c) => expectReported(c));
	test.each(cases)('accepts the corrected twin of $rule', ({ good, goodFragment }) =>
		expectClean(good, goodFragment ?? false)
	);

	test('reports lines relative to the snippet, 1-based, with a column', () => {
		const [found] = checkDockerfile(df('', '', FROM, '  RUNN echo'));
		expect(found).toMatchObject({ line: 4, column: 3, rule: 'UnknownInstruction' });
	});

	test('never throws for malformed content', () => {
		const inputs = [
			'',
			'\0',
			'FROM',
			'[[[',
			'RUN <<',
			'COPY --from=',
			'${',
			'FROM a\nCMD ["',
			'\\\n\\',
		];
		for (const input of inputs) {
			expect(() => checkDockerfile(input)).not.toThrow();
			expect(() => checkDockerfile(input, { fragment: true })).not.toThrow();
		}
	});
});

describe('fragment mode', () => {
	test('accepts a snippet without FROM', () => {
		expectClean(df('WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci'), true);
	});

	test('accepts --from naming a stage defined elsewhere', () => {
		expectClean(df('COPY --from=build /app/dist /usr/share/nginx/html'), true);
		expectClean(df('RUN --mount=type=bind,from=build,target=/src ls /src'), true);
	});

	test('still reports a stage that is defined below the reference', () => {
		const found = checkDockerfile(df(FROM, 'COPY --from=later /a /a', `${FROM} AS later`), {
			fragment: true,
		});
		expect(found.map((d) => d.rule)).toEqual(['UnknownStageReference']);
	});

	test('still checks everything else', () => {
		const found = checkDockerfile(df('RUNN echo', 'CMD ["a"', 'ENV A b'), { fragment: true });
		expect(found.map((d) => d.rule)).toEqual([
			'UnknownInstruction',
			'MalformedJSONArgs',
			'LegacyKeyValueFormat',
		]);
	});
});
