/** The picture shown when a page is shared: an absolute URL, its size and its alt text. */
export interface SocialImage {
	url: string;
	width: number;
	height: number;
	alt: string;
}

/** What a page says about itself to link previews (Open Graph and X/Twitter cards). */
export interface SocialMetaInput {
	/** The page title as shown in the browser tab. */
	title: string;
	description: string;
	/** The canonical, absolute URL of the page; none for the 404 page, which has no address. */
	url?: string | undefined;
	siteName: string;
	image: SocialImage;
	/** `article` for notes; everything else is a `website`. */
	type: 'website' | 'article';
	/** When the note last changed; Open Graph's `article:modified_time`. */
	modified?: Date | undefined;
	/** The note's section, as `article:section`. */
	section?: string | undefined;
	/** The note's tags, one `article:tag` each. */
	tags?: readonly string[] | undefined;
}

/** One `<meta>` element: Open Graph uses `property`, X/Twitter uses `name`. */
export interface MetaTag {
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

/** The Open Graph and X/Twitter tags of a page, in the order they go into `<head>`. */
export function socialMeta(input: SocialMetaInput): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
	const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	const tags: MetaTag[] = [
		og('og:type', input.type),
		og('og:site_name', input.siteName),
		og('og:title', input.title),
		og('og:description', input.description),
		og('og:locale', 'en'),
		og('og:image', input.image.url),
		og('og:image:width', String(input.image.width)),
		og('og:image:height', String(input.image.height)),
		og('og:image:alt', input.image.alt),
	];
	if (input.url) tags.splice(4, 0, og('og:url', input.url));
	if (input.type === 'article') {
		if (input.modified) tags.push(og('article:modified_time', input.modified.toISOString()));
		if (input.section) tags.push(og('article:section', input.section));
		for (const tag of input.tags ?? []) tags.push(og('article:tag', tag));
	}
	// X reads og:title, og:description and og:image itself; it only needs the card type.
	tags.push(tw('twitter:card', 'summary_large_image'), tw('twitter:image:alt', input.image.alt));
	return tags;
}
