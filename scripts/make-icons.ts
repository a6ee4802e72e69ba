// Render the favicon, app icons and social card into public/ with a full Chromium (tests/chromium.ts).
//   node scripts/make-icons.ts
// Run it after changing src/lib/brand/icons.ts and commit the files it writes; the site's
// build only copies them, so it never needs a browser or an image library.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { faviconSvg, iconSpecs } from '../src/lib/brand/icons.ts';
import { SITE_TITLE } from '../src/consts.ts';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

const TAGLINE = 'Learn Docker: every example checked at build time';

writeFileSync('public/favicon.svg', faviconSvg());
const browser = await chromium.launch(chromiumLaunchOptions('full'));
try {
	for (const spec of iconSpecs(SITE_TITLE, TAGLINE)) {
		const page = await browser.newPage({ viewport: { width: spec.width, height: spec.height } });
		await page.setContent(`<body style="margin:0">${spec.svg}</body>`);
		await page.locator('svg').screenshot({ path: `public/${spec.file}`, omitBackground: true });
		await page.close();
		console.log(`public/${spec.file} (${spec.width}×${spec.height})`);
	}
} finally {
	await browser.close();
}
