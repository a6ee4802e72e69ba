import { finalBase, MANIFEST_FIRST, NON_ROOT_FINAL } from './conditions.ts';
import type { Exercise } from './types.ts';

/** The Flask Dockerfile of the site's source outline, brought up to date. */
export const flaskUpToDate: Exercise = {
	id: 'flask-up-to-date',
	title: 'Bring the outline’s Flask Dockerfile up to date',
	kind: 'dockerfile',
	goal: 'This is the Flask example the notes started from. Build it on a supported Python, install the dependencies from requirements.txt before copying the source, and run the app as a user without root rights.',
	note: { slug: 'dockerfile', heading: 'an-older-dockerfile-you-will-meet' },
	start: `FROM python:3.9
WORKDIR /app
COPY . .
RUN pip install flask mysqlclient
CMD ["python", "app.py"]
`,
	solution: `# syntax=docker/dockerfile:1
FROM python:3.14-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1

# mysqlclient is compiled from source: a compiler, pkg-config and the client headers.
RUN apt-get update \\
    && apt-get install -y --no-install-recommends \\
        build-essential \\
        pkg-config \\
        default-libmysqlclient-dev \\
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 appuser
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \\
    pip install -r requirements.txt

COPY . .
USER appuser
EXPOSE 5000
CMD ["python", "app.py"]
`,
	checks: [
		finalBase(
			'The base image is a supported Python (3.14, or 3.13).',
			/^python:3\.1[34](?:[-@]|$)/
		),
		MANIFEST_FIRST,
		NON_ROOT_FINAL,
	],
};
