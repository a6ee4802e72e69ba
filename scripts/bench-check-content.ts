// How long the content checker takes on 1000 synthetic notes (it runs before every build).
// Usage: node scripts/bench-check-content.ts [count]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { loadContent } from '../src/lib/content-check/load.ts';
import { SECTIONS } from '../src/lib/content/sections.ts';

const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'bench-check-content-'));

/** A note of typical length: headings, links to other notes, prose, a Dockerfile and a Compose file. */
function note(i: number): string {
	const other = `note-${(i + 1) % count}`;
	return `---
title: "Synthetic note ${i}"
description: "A note of typical length for the checker benchmark."
section: ${SECTIONS[i % SECTIONS.length]}
order: ${i}
tags: [bench, docker]
---

Some prose with a [link to another note](/notes/${other}/#images-and-layers) and \`inline code\`.

## Images and layers

${'A paragraph of explanation that runs for a few lines, as notes do. '.repeat(8)}

\`\`\`dockerfile title="Dockerfile"
FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "app-${i}.py"]
\`\`\`

## Running it with Compose

\`\`\`yaml title="compose.yaml"
services:
  web:
    build: .
    ports:
      - "${8000 + (i % 1000)}:8000"
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:18
    healthcheck:
      test: ["CMD", "pg_isready"]
      interval: 5s
\`\`\`

\`\`\`console
$ docker compose up -d
\`\`\`

## Check yourself

<details>
<summary>Why copy requirements.txt first?</summary>

So that the install layer is reused until the dependencies change.

</details>
`;
}

try {
	const dir = join(root, 'content/notes');
	mkdirSync(dir, { recursive: true });
	for (let i = 0; i < count; i++) writeFileSync(join(dir, `note-${i}.mdx`), note(i));
	const start = performance.now();
	const cpu = process.cpuUsage();
	const report = checkContent(loadContent(root));
	const seconds = (performance.now() - start) / 1000;
	// CPU time too: on a busy machine the wall clock mostly measures the other processes.
	const { user, system } = process.cpuUsage(cpu);
	const cpuSeconds = (user + system) / 1e6;
	const errors = report.diagnostics.filter((d) => d.severity === 'error');
	console.log(
		`${count} notes checked in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU, ` +
			`${((cpuSeconds * 1000) / count).toFixed(1)} ms a note), ${errors.length} errors.`
	);
	if (errors.length > 0) console.log(errors.slice(0, 3));
} finally {
	rmSync(root, { recursive: true, force: true });
}
