import type { MdastPluginDefinition } from 'satteri';
import { fenceLanguage } from '../lib/code-language.ts';

/**
 * Write every fence's language in lowercase, so ```` ```Dockerfile ```` is highlighted (Shiki's
 * names are lowercase) and checked like ```` ```dockerfile ````, as GitHub treats it.
 */
export function satteriFenceLanguage(): MdastPluginDefinition {
	return {
		name: 'dn:fence-language',
		code(node, ctx) {
			const lang = fenceLanguage(node.lang);
			if (lang && lang !== node.lang) ctx.setProperty(node, 'lang', lang);
		},
	};
}
