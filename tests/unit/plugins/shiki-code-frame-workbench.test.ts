import { codeToHtml } from 'shiki';
import { describe, expect, test } from 'vitest';
import { transformerCodeFrame } from '../../../src/plugins/shiki-code-frame.ts';
import { decodeShare } from '../../../src/lib/workbench/share.ts';

const render = (code: string, lang: string, meta = '') =>
	codeToHtml(code, {
		lang,
		theme: 'github-light',
		meta: { __raw: meta },
		transformers: [transformerCodeFrame({ base: '/docs/' })],
	});

describe('Open in workbench links on code blocks', () => {
	test('a Dockerfile block links to the workbench with its text in the fragment', async () => {
		const html = await render(
			'FROM alpine:3.22\nCMD echo "hi & bye"',
			'dockerfile',
			'title="Dockerfile"'
		);
		const href = /<a class="dn-code-open" href="([^"]+)"[^>]*>Open in workbench<\/a>/.exec(
			html
		)?.[1];
		expect(href).toMatch(/^\/docs\/workbench\/#text=/);
		const hash = new URL(href!.replaceAll('&#x26;', '&').replaceAll('&amp;', '&'), 'http://x').hash;
		expect(decodeShare(hash)).toEqual({
			text: 'FROM alpine:3.22\nCMD echo "hi & bye"',
			kind: 'dockerfile',
		});
	});
	test('a Compose block gets one; a console block and a Kubernetes manifest do not', async () => {
		expect(await render('services:\n  web:\n    image: nginx:1.30', 'yaml')).toContain(
			'Open in workbench'
		);
		expect(await render('$ docker ps', 'console')).not.toContain('Open in workbench');
		expect(await render('apiVersion: v1\nkind: Pod', 'yaml')).not.toContain('Open in workbench');
	});
});
