import { waitsHealthy } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Make the web service wait for a healthy database, not merely a started one. */
export const composeHealthy: Exercise = {
	id: 'compose-healthy',
	title: 'Wait for a healthy database',
	kind: 'compose',
	goal: 'The web service starts as soon as the database container does, before PostgreSQL accepts connections. Give the database a health check and make web wait until it passes.',
	note: { slug: 'compose', heading: 'depends_on-and-healthchecks' },
	start: `services:
  web:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_HOST: db
    depends_on:
      - db
  db:
    image: postgres:18
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password

secrets:
  db_password:
    file: ./db_password.txt
`,
	solution: `services:
  web:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_HOST: db
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:18
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -d app"]
      interval: 5s
      timeout: 3s
      retries: 5

secrets:
  db_password:
    file: ./db_password.txt
`,
	checks: [waitsHealthy('web', 'db')],
};
