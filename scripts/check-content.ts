// Check every note before the build: parse only, never run a note's code (see CONTRIBUTING.md).
// Usage: node scripts/check-content.ts [--notes <dir>] [--summary <file.md>]
import { runCheckContent } from '../src/lib/content-check/cli.ts';

process.exitCode = runCheckContent(process.argv.slice(2), process.cwd(), {
	log: (line) => console.log(line),
	error: (line) => console.error(line),
});
