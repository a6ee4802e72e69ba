import type { APIRoute } from 'astro';
import { robotsTxt, siteRoot } from '../lib/seo/site-files';

/** robots.txt, naming the sitemap at this deploy's URL. */
export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt(siteRoot(site!, import.meta.env.BASE_URL)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
