import type { EolTable } from '../../../../src/lib/eol/table.ts';

/** The day the tests judge by, so that they do not change with the calendar. */
export const TODAY = new Date('2026-12-01T12:00:00Z');

/** A small table with known dates, so a refresh of the real one cannot change these tests. */
export const TABLE: EolTable = {
	about: 'test table',
	source: 'https://endoflife.date/docs/api/v1/',
	takenOn: '2026-11-01',
	products: {
		python: {
			label: 'Python',
			url: 'https://endoflife.date/python',
			checked: 'test',
			cycles: [
				{ cycle: '3.15', released: '2027-10-01', eol: '2032-10-31' },
				{ cycle: '3.14', released: '2025-10-07', eol: '2030-10-31' },
				{ cycle: '3.13', released: '2024-10-07', eol: '2029-10-31' },
				{ cycle: '3.9', released: '2020-10-05', eol: '2025-10-31' },
			],
		},
		nodejs: {
			label: 'Node.js',
			url: 'https://endoflife.date/nodejs',
			checked: 'test',
			cycles: [
				{ cycle: '24', released: '2024-05-06', eol: '2028-04-30' },
				{ cycle: '22', released: '2024-04-24', eol: '2027-04-30' },
				{ cycle: '20', released: '2023-04-18', eol: '2026-04-30' },
			],
		},
		go: {
			label: 'Go',
			url: 'https://endoflife.date/go',
			checked: 'test',
			cycles: [
				{ cycle: '1.26', released: '2026-02-11', eol: null },
				{ cycle: '1.24', released: '2025-02-11', eol: '2026-02-11' },
			],
		},
		mysql: {
			label: 'MySQL',
			url: 'https://endoflife.date/mysql',
			checked: 'test',
			cycles: [
				{ cycle: '8.4', released: '2024-04-30', eol: '2032-04-30' },
				{ cycle: '8.0', released: '2018-04-19', eol: '2026-04-30' },
			],
		},
		postgresql: {
			label: 'PostgreSQL',
			url: 'https://endoflife.date/postgresql',
			checked: 'test',
			cycles: [
				{ cycle: '18', released: '2025-09-25', eol: '2030-11-14' },
				{ cycle: '13', released: '2020-09-24', eol: '2025-11-13' },
			],
		},
		debian: {
			label: 'Debian',
			url: 'https://endoflife.date/debian',
			checked: 'test',
			cycles: [
				{ cycle: '13', codename: 'trixie', released: '2025-08-09', eol: '2028-08-09' },
				{ cycle: '12', codename: 'bookworm', released: '2023-06-10', eol: '2026-06-10' },
			],
		},
		'alpine-linux': {
			label: 'Alpine Linux',
			url: 'https://endoflife.date/alpine-linux',
			checked: 'test',
			cycles: [
				{ cycle: '3.22', released: '2025-05-30', eol: '2027-05-01' },
				{ cycle: '3.20', released: '2024-05-22', eol: '2026-04-01' },
			],
		},
	},
};

/** The options every test passes: the fixed day and the small table. */
export const EOL = { today: TODAY, table: TABLE };
