import type { Dockerfile } from 'dockerfile-ast';

/** Rules turned off by `# check=skip=Rule1,Rule2` (or every warning with `skip=all`). */
export interface SkippedRules {
	all: boolean;
	rules: Set<string>;
}

/**
 * Read Docker's `# check=` parser directive. Its value is `;`-separated settings, e.g.
 * `skip=JSONArgsRecommended,StageNameCasing;error=true`; only `skip` matters to us.
 */
export function getSkippedRules(dockerfile: Dockerfile): SkippedRules {
	const skipped: SkippedRules = { all: false, rules: new Set() };
	for (const directive of dockerfile.getDirectives()) {
		if (directive.getName().toLowerCase() !== 'check') continue;
		for (const setting of directive.getValue().split(';')) {
			const [key, value = ''] = setting.split('=', 2).map((part) => part.trim());
			if (key?.toLowerCase() !== 'skip') continue;
			for (const rule of value.split(',').map((name) => name.trim())) {
				if (rule.toLowerCase() === 'all') skipped.all = true;
				else if (rule) skipped.rules.add(rule);
			}
		}
	}
	return skipped;
}
