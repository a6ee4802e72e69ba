/** Where a product's version sits in an image reference. */
export interface VersionPart {
	/** The endoflife.date product: `python`, `debian`, `alpine-linux`. */
	product: string;
	/** What the tag says: `3.13`, `22.11.0`, `bookworm`, `3.20`. */
	version: string;
	/** `image`: the image's own software; `base`: the distribution it is built on. */
	role: 'image' | 'base';
	/** Where the version is written: in the tag, or in the name (`static-debian12`). */
	within: 'tag' | 'name';
}

/** Official images and the product their tag versions. */
const IMAGE_PRODUCTS: Readonly<Record<string, string>> = {
	python: 'python',
	node: 'nodejs',
	golang: 'go',
	ruby: 'ruby',
	php: 'php',
	openjdk: 'eclipse-temurin',
	'eclipse-temurin': 'eclipse-temurin',
	debian: 'debian',
	ubuntu: 'ubuntu',
	alpine: 'alpine-linux',
	postgres: 'postgresql',
	mysql: 'mysql',
	mariadb: 'mariadb',
	redis: 'redis',
	mongo: 'mongodb',
	nginx: 'nginx',
	'nginxinc/nginx-unprivileged': 'nginx',
	httpd: 'apache-http-server',
};

/** Debian and Ubuntu codenames as they appear in tags (`-bookworm`, `-noble`). */
const DEBIAN_CODENAMES = new Set(['stretch', 'buster', 'bullseye', 'bookworm', 'trixie', 'forky']);
const UBUNTU_CODENAMES = new Set([
	'bionic',
	'focal',
	'jammy',
	'noble',
	'plucky',
	'questing',
	'resolute',
]);

/** A tag's leading version: `3.13`, `21.0.5` of `21.0.5_11`; undefined for words such as `latest`. */
const LEADING_VERSION = /^(\d+(?:\.\d+)*)(?:[_+][\w.]*)?$/;

/** The repository and tag of an image reference, without registry `docker.io` or `library/`. */
export function splitImage(image: string): { name: string; tag: string | undefined } {
	const slash = image.lastIndexOf('/');
	const colon = image.indexOf(':', slash + 1);
	const name = (colon === -1 ? image : image.slice(0, colon))
		.toLowerCase()
		.replace(/^(?:index\.)?docker\.io\//, '')
		.replace(/^library\//, '');
	return { name, tag: colon === -1 ? undefined : image.slice(colon + 1) };
}

/**
 * The versions an image reference names: its own software's (`python:3.13` is Python 3.13)
 * and the distribution under it (`-slim-bookworm` is Debian 12, `-alpine3.20` Alpine 3.20,
 * `gcr.io/distroless/static-debian12` Debian 12). Nothing for unknown images, for variables,
 * digests and tags that are not versions (`latest`, `lts`, `alpine` without a number).
 */
export function imageVersions(image: string): VersionPart[] {
	// A digest pins exact bytes on purpose; a variable is decided at build time.
	if (/[@$]/.test(image)) return [];
	const { name, tag } = splitImage(image);
	const distroless = /^gcr\.io\/distroless\/([a-z]+?)(\d*)-debian(\d+)$/.exec(name);
	if (distroless)
		return distrolessVersions(distroless[1] ?? '', distroless[2] ?? '', distroless[3] ?? '');
	const product = IMAGE_PRODUCTS[name];
	if (!product || tag === undefined) return [];
	const [first = '', ...rest] = tag.toLowerCase().split('-');
	const found: VersionPart[] = [];
	const own = LEADING_VERSION.exec(first)?.[1];
	if (own) found.push({ product, version: own, role: 'image', within: 'tag' });
	else if (product === 'debian' && DEBIAN_CODENAMES.has(first))
		found.push({ product, version: first, role: 'image', within: 'tag' });
	else if (product === 'ubuntu' && UBUNTU_CODENAMES.has(first))
		found.push({ product, version: first, role: 'image', within: 'tag' });
	for (const part of rest) {
		const alpine = /^alpine(\d+\.\d+)$/.exec(part)?.[1];
		if (alpine && product !== 'alpine-linux')
			found.push({ product: 'alpine-linux', version: alpine, role: 'base', within: 'tag' });
		else if (DEBIAN_CODENAMES.has(part) && product !== 'debian')
			found.push({ product: 'debian', version: part, role: 'base', within: 'tag' });
		else if (UBUNTU_CODENAMES.has(part) && product !== 'ubuntu')
			found.push({ product: 'ubuntu', version: part, role: 'base', within: 'tag' });
	}
	return found;
}

/** `nodejs22-debian12`, `java21-debian13`, `static-debian12`: the runtime (when versioned) and Debian. */
function distrolessVersions(kind: string, version: string, debian: string): VersionPart[] {
	const found: VersionPart[] = [];
	const runtime = kind === 'nodejs' ? 'nodejs' : kind === 'java' ? 'eclipse-temurin' : undefined;
	if (runtime && version) found.push({ product: runtime, version, role: 'image', within: 'name' });
	found.push({ product: 'debian', version: debian, role: 'base', within: 'name' });
	return found;
}

/** The image with one version replaced: `python:3.9-slim` → `python:3.14-slim`. */
export function replaceVersion(image: string, part: VersionPart, replacement: string): string {
	const { tag } = splitImage(image);
	const colon = tag === undefined ? image.length : image.length - tag.length - 1;
	const [head, tail] =
		part.within === 'tag'
			? [image.slice(0, colon + 1), image.slice(colon + 1)]
			: ['', image.slice(0, colon)];
	// The version as written: leading (`3.9` of `3.9.18`), after `alpine` or `debian`, or a codename.
	const pattern = new RegExp(
		`(^|[-/a-z])${part.version.replace(/\./g, '\\.')}(?:\\.\\d+)*(?=$|[-_+])`,
		'i'
	);
	const replaced = tail.replace(pattern, (_, before: string) => `${before}${replacement}`);
	return part.within === 'tag' ? `${head}${replaced}` : `${replaced}${image.slice(colon)}`;
}
