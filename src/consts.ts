/** The site's name, shown in the header and in every page title. */
export const SITE_TITLE = 'Docker Notes';
/** One sentence about the site, used on the home page and as its meta description. */
export const SITE_DESCRIPTION =
	'In-depth, checked notes for learning Docker: containers, images, the Dockerfile, Compose, registries, multi-stage builds and orchestration.';
/** The repository that holds the notes; "Edit this page" links are built from it. */
export const REPO_URL = 'https://github.com/docker-notes/docker-notes';
/** The branch that "Edit this page" links point at. */
export const REPO_BRANCH = 'main';
/** Where the notes live, relative to the repository root. */
export const NOTES_DIR = 'content/notes';
