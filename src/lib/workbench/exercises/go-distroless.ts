import { DISTROLESS_FINAL, MULTI_STAGE, NON_ROOT_FINAL } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Build a Go program in one stage and ship only the binary on distroless. */
export const goDistroless: Exercise = {
	id: 'go-distroless',
	title: 'Ship a Go binary on distroless',
	kind: 'dockerfile',
	goal: 'The image carries the whole Go toolchain to run one static binary. Build in a first stage and copy only the binary into a distroless (or scratch) final stage that runs without root.',
	note: { slug: 'multi-stage-builds', heading: 'scratch-and-distroless-final-stages' },
	start: `FROM golang:1.27-trixie
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/server ./cmd/server
CMD ["/bin/server"]
`,
	solution: `# syntax=docker/dockerfile:1
FROM golang:1.27-trixie AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
USER nonroot
ENTRYPOINT ["/server"]
`,
	checks: [MULTI_STAGE, DISTROLESS_FINAL, NON_ROOT_FINAL],
};
