/** A Compose key explained: one sentence and the section of the notes that covers it. */
export interface KeyExplanation {
	text: string;
	/** `note#heading-id`. */
	section: string;
}

const COMPOSE = 'compose';

/** Keys of a service, with the Compose note's section for each. */
export const SERVICE_KEYS: Record<string, KeyExplanation> = {
	image: {
		text: 'The image the service runs, pulled if it is not there yet.',
		section: `${COMPOSE}#image`,
	},
	build: {
		text: 'Builds the service’s image from a Dockerfile in this build context.',
		section: `${COMPOSE}#build`,
	},
	ports: {
		text: 'Publishes container ports on the host (`host:container`).',
		section: `${COMPOSE}#ports`,
	},
	expose: {
		text: 'Documents ports other services can reach; nothing is published on the host.',
		section: `${COMPOSE}#ports`,
	},
	environment: {
		text: 'Sets environment variables in the container.',
		section: `${COMPOSE}#environment-and-env_file`,
	},
	env_file: {
		text: 'Reads environment variables for the container from a file.',
		section: `${COMPOSE}#environment-and-env_file`,
	},
	volumes: {
		text: 'Mounts named volumes or host paths into the container.',
		section: `${COMPOSE}#volumes`,
	},
	networks: {
		text: 'The networks the service joins; its name resolves on each of them.',
		section: `${COMPOSE}#networks`,
	},
	depends_on: {
		text: 'Starts the listed services first, and can wait until they are healthy.',
		section: `${COMPOSE}#depends_on-and-healthchecks`,
	},
	healthcheck: {
		text: 'A command Docker runs to decide whether the service is healthy.',
		section: `${COMPOSE}#writing-a-healthcheck`,
	},
	profiles: {
		text: 'The service starts only when one of these profiles is enabled.',
		section: `${COMPOSE}#profiles`,
	},
	extends: {
		text: 'Copies the configuration of another service, then overrides parts of it.',
		section: `${COMPOSE}#extends`,
	},
	develop: {
		text: 'Watch rules: files to sync or rebuild when they change during development.',
		section: `${COMPOSE}#watch-mode`,
	},
	secrets: {
		text: 'Secrets mounted as files under /run/secrets/, never stored in the image.',
		section: 'container-security#secrets-at-run-time',
	},
	user: {
		text: 'The user the container’s process runs as.',
		section: 'container-security#run-as-a-non-root-user',
	},
	read_only: {
		text: 'Mounts the container’s root filesystem read-only.',
		section: 'container-security#make-the-root-filesystem-read-only',
	},
	cap_drop: {
		text: 'Linux capabilities taken away from the container.',
		section: 'container-security#drop-capabilities',
	},
	cap_add: {
		text: 'Linux capabilities given back to the container.',
		section: 'container-security#drop-capabilities',
	},
};

/** Keys at the top of a Compose file. */
export const TOP_KEYS: Record<string, KeyExplanation> = {
	services: {
		text: 'The containers of the application, one entry per service.',
		section: `${COMPOSE}#services`,
	},
	volumes: {
		text: 'Named volumes: data that outlives the containers using it.',
		section: `${COMPOSE}#volumes`,
	},
	networks: {
		text: 'Networks the services can join, besides the project’s default one.',
		section: `${COMPOSE}#networks`,
	},
	secrets: {
		text: 'Secrets the services may be given, read from files or the environment.',
		section: 'container-security#secrets-at-run-time',
	},
	name: {
		text: 'The project name, which prefixes containers, networks and volumes.',
		section: `${COMPOSE}#services`,
	},
	version: {
		text: 'Obsolete: Compose ignores it.',
		section: `${COMPOSE}#older-compose-files-you-will-meet`,
	},
};

/** A key this table does not know still links somewhere useful: the services section. */
export const OTHER_SERVICE_KEY: KeyExplanation = {
	text: 'A service setting; the Compose Specification lists what it does.',
	section: `${COMPOSE}#services`,
};

/** An `x-` key: ignored by Compose, there to be referenced with YAML anchors. */
export const EXTENSION_KEY: KeyExplanation = {
	text: 'An extension field: Compose ignores it; anchors (`&name`) let services reuse it.',
	section: `${COMPOSE}#extension-fields-anchors-and-merge-keys`,
};
