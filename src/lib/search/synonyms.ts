/**
 * Words learners use for the same thing. When a note's title or tags use one of a group,
 * the note is indexed with the others too, so `k8s` finds the Kubernetes note and
 * `docker-compose` the Compose note. Lowercase; a phrase is matched whole.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['kubernetes', 'k8s', 'kube'],
	['ecr', 'elastic container registry', 'amazon ecr', 'aws ecr'],
	['docker hub', 'dockerhub', 'hub.docker.com'],
	['compose', 'docker compose', 'docker-compose', 'compose file'],
	['swarm', 'docker swarm', 'swarm mode'],
	['dockerfile', 'containerfile'],
	['multi-stage', 'multistage', 'multi stage'],
	['cgroups', 'cgroup', 'control groups'],
	['namespaces', 'linux namespaces'],
	['bind-mounts', 'bind mount', 'bind mounts', 'host path'],
	['virtual-machines', 'virtual machine', 'virtual machines', 'vm', 'vms'],
	['debugging', 'debug', 'troubleshooting', 'troubleshoot'],
	['healthcheck', 'health check'],
	['oci', 'open container initiative'],
	['docker-desktop', 'docker desktop'],
	['cheat sheet', 'cheatsheet', 'quick reference'],
];

/** Lowercase and collapse spaces, so `Docker  Compose` and `docker compose` compare equal. */
function normalise(term: string): string {
	return term.toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Whether `phrase` appears in `text` as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
	return ` ${text.replace(/[^\p{L}\p{N}.-]+/gu, ' ')} `.includes(` ${phrase} `);
}

/**
 * The synonyms a note should be findable by: every other member of each group that one of
 * its tags names exactly or its title contains. Terms the note already has are left out.
 */
export function synonymsFor(title: string, tags: readonly string[]): string[] {
	const have = new Set(tags.map(normalise));
	const heading = normalise(title);
	const found = new Set<string>();
	for (const group of SYNONYM_GROUPS) {
		if (!group.some((member) => have.has(member) || containsPhrase(heading, member))) continue;
		for (const member of group) if (!have.has(member)) found.add(member);
	}
	return [...found];
}
