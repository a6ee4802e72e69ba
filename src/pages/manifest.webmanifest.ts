import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { BRAND } from '../lib/brand/icons';
import { webManifest } from '../lib/seo/site-files';

/** The web app manifest: name, colours and icons, with paths under this deploy's base. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			webManifest({
				name: SITE_TITLE,
				shortName: SITE_TITLE,
				description: SITE_DESCRIPTION,
				base: import.meta.env.BASE_URL,
				themeColor: BRAND.accent,
				backgroundColor: BRAND.paper,
			}),
			null,
			'\t'
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } }
	);
