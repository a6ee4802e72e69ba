import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Nu Html Checker's jar, from the vnu-jar package. */
const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

/** One error the Nu Html Checker reports, with its file relative to the checked folder's parent. */
export interface NuError {
	file: string;
	line: number | undefined;
	message: string;
	extract: string | undefined;
}

/**
 * Run the Nu Html Checker once over `paths` (files or folders; folders are walked for HTML)
 * and return its errors, warnings left out. Java is Debian's `default-jre-headless`, which
 * `scripts/setup.sh` installs; JAVA chooses another.
 */
export function nuHtmlErrors(paths: string[]): NuError[] {
	const java = process.env.JAVA ?? 'java';
	const result = spawnSync(
		java,
		// A JVM started for one run: the quick compiler and the serial collector take half the
		// CPU time of the defaults. The checker needs a deeper stack than the quick compiler's.
		[
			'-Xss4m',
			'-XX:TieredStopAtLevel=1',
			'-XX:+UseSerialGC',
			'-jar',
			VNU_JAR,
			'--errors-only',
			'--format',
			'json',
			'--skip-non-html',
			...paths,
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (result.error) {
		throw new Error(
			`Could not run ${java} for the Nu Html Checker (${result.error.message}): run \`source scripts/setup.sh\` or set JAVA.`
		);
	}
	// The JSON report goes to stderr; exit status 1 only means "errors found".
	let report: {
		messages: {
			type: string;
			url?: string;
			lastLine?: number;
			message: string;
			extract?: string;
		}[];
	};
	try {
		report = JSON.parse(result.stderr);
	} catch {
		throw new Error(
			`The Nu Html Checker did not report (status ${result.status}):\n${result.stderr}${result.stdout}`
		);
	}
	return report.messages
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => ({
			file: m.url ? decodeURIComponent(new URL(m.url).pathname) : '',
			line: m.lastLine,
			message: m.message,
			extract: m.extract,
		}));
}
