/** A query a learner types and the slug of the note that must be among its first three results. */
export type GoldenQuery = readonly [query: string, slug: string];

/** The slug of the note a result links to: `/notes/<slug>/`, absolute or not, with any query. */
export function noteSlugOf(url: string): string {
	return new URL(url, 'http://x').pathname.split('/')[2] ?? url;
}

/**
 * Golden queries, grouped by what the learner is looking for. tests/dist/golden-queries.test.ts
 * ranks them all with the built site's search, search.test.ts the first of each group in the
 * dialog; `npm run bench:search` times them.
 */
export const GOLDEN_QUERIES: Readonly<Record<string, readonly GoldenQuery[]>> = {
	'Dockerfile instructions and flags': [
		['COPY --from', 'multi-stage-builds'],
		['--from', 'multi-stage-builds'],
		['HEALTHCHECK', 'dockerfile'],
		['ENTRYPOINT', 'dockerfile'],
		['ARG', 'dockerfile'],
		['.dockerignore', 'dockerfile'],
	],
	'Compose keys and image references': [
		['depends_on', 'compose'],
		['env_file', 'compose'],
		['healthcheck', 'compose'],
		['profiles', 'compose'],
		['redis:latest', 'compose'],
		[':latest', 'registries'],
	],
	commands: [
		['docker compose up', 'compose'],
		['aws ecr get-login-password', 'registries'],
		['kubectl apply', 'kubernetes'],
		['kubectl get pods', 'kubernetes'],
		['docker swarm init', 'docker-swarm'],
		['docker system prune', 'debugging'],
		['docker logs', 'debugging'],
	],
	concepts: [
		['multi-stage', 'multi-stage-builds'],
		['namespaces', 'containers'],
		['cgroups', 'containers'],
		['layer cache', 'dockerfile'],
		['rolling update', 'docker-swarm'],
		['bind mount', 'volumes'],
		['tmpfs', 'volumes'],
		['copy-on-write', 'containers'],
		['hypervisor', 'containers-vs-vms'],
		['containerd', 'what-is-docker'],
		['distroless', 'multi-stage-builds'],
		['non-root', 'container-security'],
		['exit code', 'debugging'],
		['restart policy', 'images-and-containers'],
	],
	'tools and practices beyond the basics': [
		['multi-platform', 'multi-platform-builds'],
		['Testcontainers', 'developing-with-containers'],
		['GitHub Actions', 'building-in-ci'],
		['log rotation', 'logs-limits-and-monitoring'],
		['SBOM', 'software-supply-chain'],
		['Podman', 'docker-on-your-machine'],
	],
	synonyms: [
		['k8s', 'kubernetes'],
		['ECR', 'registries'],
		['Elastic Container Registry', 'registries'],
		['control groups', 'containers'],
		['multistage', 'multi-stage-builds'],
		['Docker Hub', 'registries'],
	],
	'typos, corrected against the notes’ vocabulary': [
		['dockerfle', 'dockerfile'],
		['kubernets', 'kubernetes'],
		['heathcheck', 'compose'],
	],
	'case and punctuation': [
		['Dockerfile', 'dockerfile'],
		['dockerfile', 'dockerfile'],
		['docker-compose', 'compose'],
	],
};

/** Every golden query, in one list. */
export const ALL_GOLDEN_QUERIES: readonly GoldenQuery[] = Object.values(GOLDEN_QUERIES).flat();
