/** The pages of the site that are not notes, as paths a link may name. */
export interface SiteRoutes {
	/** Exact paths: `/`, `/notes/`, `/404/`, `/rss.xml`, and every file in `public/`. */
	pages: Set<string>;
	/** Routes with parameters, other than notes and sections (which the checker lists itself). */
	dynamic: RegExp[];
}

/** Turn one file of `src/pages` into its route, or a pattern when it has `[params]`. */
function pageRoute(file: string): string | RegExp | undefined {
	const match = /^(.*?)(?:\.(astro|md|mdx|html)|\.(ts|js|mjs))$/.exec(file);
	if (!match) return undefined;
	const name = match[1] ?? '';
	// Endpoints keep their own extension (`rss.xml.ts` → `/rss.xml`); pages end in a slash.
	let route = match[3] ? `/${name}` : `/${name}/`.replace(/(?:^|\/)index\/$/, '/');
	if (!route.startsWith('/')) route = `/${route}`;
	if (!route.includes('[')) return route;
	const pattern = route
		.split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
		.map((part) =>
			part.startsWith('[...')
				? '.*'
				: part.startsWith('[')
					? '[^/]+'
					: part.replace(/[.*+?^${}()|\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${pattern}$`);
}

/** Notes and sections are checked one by one (`/notes/<slug>/` must name a note), never by pattern. */
const LISTED_BY_CHECKER = /^\/(?:notes|sections)\/\[/;

/** The routes of the site from the files of `src/pages` and `public` (paths relative to those folders). */
export function siteRoutes(
	pageFiles: readonly string[],
	publicFiles: readonly string[]
): SiteRoutes {
	const pages = new Set<string>();
	const dynamic: RegExp[] = [];
	for (const file of pageFiles) {
		if (file.split('/').some((part) => part.startsWith('_'))) continue;
		const route = pageRoute(file);
		if (typeof route === 'string') pages.add(route);
		else if (route && !LISTED_BY_CHECKER.test(`/${file}`)) dynamic.push(route);
	}
	for (const file of publicFiles) pages.add(`/${file}`);
	return { pages, dynamic };
}
