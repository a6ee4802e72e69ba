import { EXEC_FORM } from './conditions.ts';
import type { Exercise } from './types.ts';

/** A shell-form CMD keeps signals from the server: write it in exec form. */
export const execFormCmd: Exercise = {
	id: 'exec-form-cmd',
	title: 'Let the server receive its stop signal',
	kind: 'dockerfile',
	goal: '`docker stop` waits ten seconds and then kills this container: the shell-form CMD runs the server under `/bin/sh -c`, which does not pass SIGTERM on. Write the command in exec form.',
	note: { slug: 'dockerfile', heading: 'exec-form-and-shell-form' },
	start: `FROM python:3.14-slim-trixie
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER nobody
CMD gunicorn --bind 0.0.0.0:8000 app:app
`,
	solution: `FROM python:3.14-slim-trixie
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER nobody
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`,
	checks: [EXEC_FORM],
};
