/** Join a site origin (with or without a sub-path) and a base into the site's root URL, ending in `/`. */
export function siteRoot(site: URL | string, base: string): URL {
	return new URL(base.endsWith('/') ? base : `${base}/`, site);
}

/** robots.txt: everything may be crawled, and the sitemap index is named by its absolute URL. */
export function robotsTxt(root: URL): string {
	return [
		'User-agent: *',
		'Allow: /',
		'',
		`Sitemap: ${new URL('sitemap-index.xml', root).href}`,
		'',
	].join('\n');
}

/** What the web app manifest needs to know about the site. */
export interface ManifestInput {
	name: string;
	shortName: string;
	description: string;
	/** The deploy base, such as `/` or `/docker-notes/`; icons and start URL live under it. */
	base: string;
	themeColor: string;
	backgroundColor: string;
}

/** The web app manifest (https://www.w3.org/TR/appmanifest/) as an object ready for JSON. */
export function webManifest(input: ManifestInput) {
	const base = input.base.endsWith('/') ? input.base : `${input.base}/`;
	return {
		name: input.name,
		short_name: input.shortName,
		description: input.description,
		lang: 'en',
		start_url: base,
		scope: base,
		// A reading site keeps the browser's address bar and back button.
		display: 'minimal-ui',
		theme_color: input.themeColor,
		background_color: input.backgroundColor,
		icons: [
			{ src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: `${base}icon-maskable-512.png`,
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable',
			},
			{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
		],
	};
}
