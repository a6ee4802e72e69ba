/** A Content-Security-Policy's directives, name → sources, as the deployment tests read them. */
export function parsePolicy(content: string): Map<string, string[]> {
	const policy = new Map<string, string[]>();
	for (const directive of content.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name, sources);
	}
	return policy;
}
