import { describe, test } from 'vitest';
import { dockerfile as df, expectClean } from './helpers.ts';

const FROM = 'FROM alpine:3.22';
const SHA = 'a'.repeat(64);

/** Valid modern Dockerfile syntax that must never be reported (guards library upgrades too). */
const valid: [string, string][] = [
	[
		'syntax and check directives',
		df(
			'# syntax=docker/dockerfile:1',
			'# check=skip=JSONArgsRecommended;error=true',
			FROM,
			'CMD echo hi'
		),
	],
	['the escape directive', df('# escape=`', FROM, 'RUN echo one `', '    && echo two')],
	['ARG before FROM', df('ARG ALPINE_VERSION=3.22 EXTRA', 'FROM alpine:${ALPINE_VERSION}')],
	[
		'FROM --platform=$BUILDPLATFORM without declaring it',
		df(
			'FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build',
			'ARG TARGETOS TARGETARCH',
			'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go env'
		),
	],
	['a RUN heredoc', df(FROM, 'RUN <<EOF', 'set -eu', 'FROM inside the body is text', 'EOF')],
	[
		'a tab-stripping heredoc with a command',
		df(FROM, 'RUN <<-EOT bash', '\techo "$HOME"', '\tEOT'),
	],
	['a COPY heredoc', df(FROM, 'COPY <<EOF /etc/motd', 'Welcome, ${USER}!', 'EOF')],
	[
		'every RUN --mount type',
		df(
			FROM,
			'RUN --mount=type=cache,target=/var/cache/apk \\',
			'    --mount=type=bind,source=.,target=/src \\',
			'    --mount=type=secret,id=token \\',
			'    --mount=type=ssh \\',
			'    --mount=type=tmpfs,target=/tmp \\',
			'    apk add --no-cache git'
		),
	],
	['RUN --network=none', df(FROM, 'RUN --network=none --security=sandbox echo offline')],
	[
		'all the COPY flags',
		df(
			FROM,
			'COPY --link --chmod=755 --chown=app:app --parents --exclude=*.md ./scripts/ /opt/scripts/'
		),
	],
	[
		'ADD --checksum',
		df(FROM, `ADD --checksum=sha256:${SHA} https://example.com/tool.tar.gz /opt/`),
	],
	['ADD --unpack', df(FROM, 'ADD --unpack=true https://example.com/tool.tar.gz /opt/tool/')],
	[
		'ADD --keep-git-dir',
		df(FROM, 'ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.25.0 /src'),
	],
	[
		'COPY --from a stage index and an image',
		df(
			`${FROM} AS build`,
			'RUN echo built > /out',
			FROM,
			'COPY --from=0 /out /out',
			'COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox'
		),
	],
	['HEALTHCHECK NONE', df(FROM, 'HEALTHCHECK NONE')],
	[
		'HEALTHCHECK --start-interval',
		df(
			FROM,
			'HEALTHCHECK --interval=30s --start-period=10s --start-interval=5s CMD ["wget", "-q", "-O-", "http://localhost/"]'
		),
	],
	[
		'ONBUILD triggers',
		df('FROM node:24-alpine', 'ONBUILD COPY package.json ./', 'ONBUILD RUN npm ci'),
	],
	['EXPOSE with a default and a protocol', df(FROM, 'EXPOSE ${PORT:-8080} 9090/udp 3000-3005')],
	[
		'${VAR#prefix} and other modifiers',
		df(
			FROM,
			'ARG VERSION=v1.2.3',
			'ENV APP_VERSION=${VERSION#v} MAJOR=${VERSION%%.*} TAG=${VERSION:+release}'
		),
	],
];

describe('modern Dockerfile syntax', () => {
	test.each(valid)('accepts %s', (_name, source) => expectClean(source));
});
