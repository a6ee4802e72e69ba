import { expect, test } from 'vitest';
import { CODE_BACKGROUNDS, loadCodeThemes } from '../../../src/plugins/shiki-themes';
import { contrastRatio, parseHex } from '../../../src/lib/contrast';

test('every token colour of both code themes meets WCAG AA on plain and highlighted lines', async () => {
	const themes = await loadCodeThemes();
	for (const mode of ['light', 'dark'] as const) {
		const rules = (themes[mode].tokenColors ?? []) as { settings?: { foreground?: string } }[];
		const colours = rules.map((r) => r.settings?.foreground).filter((c): c is string => !!c && !!parseHex(c));
		expect(colours.length).toBeGreaterThan(10);
		for (const colour of colours) {
			for (const bg of CODE_BACKGROUNDS[mode]) {
				expect(contrastRatio(parseHex(colour)!, parseHex(bg)!), `${mode} ${colour} on ${bg}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	}
});
