import { namedVolumeAt } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Keep PostgreSQL 18's data on a declared named volume, at the path the image expects. */
export const composeVolume: Exercise = {
	id: 'compose-volume',
	title: 'Keep the database on a named volume',
	kind: 'compose',
	goal: 'The volume is not declared, and since PostgreSQL 18 the image keeps its data under /var/lib/postgresql (in a folder per major version), so mounting …/data no longer holds it. Declare a named volume and mount it at /var/lib/postgresql.',
	note: { slug: 'volumes', heading: 'volumes-in-compose' },
	start: `services:
  db:
    image: postgres:18
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - dbdata:/var/lib/postgresql/data

secrets:
  db_password:
    file: ./db_password.txt
`,
	solution: `services:
  db:
    image: postgres:18
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - dbdata:/var/lib/postgresql

volumes:
  dbdata:

secrets:
  db_password:
    file: ./db_password.txt
`,
	checks: [namedVolumeAt('db', '/var/lib/postgresql')],
};
