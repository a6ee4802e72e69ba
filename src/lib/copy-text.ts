/** Languages whose blocks mix `$ ` commands with their output. */
const SESSION_LANGS = new Set(['console', 'shellsession', 'shell-session']);

/**
 * The text a copy button puts on the clipboard. In a terminal session only the commands
 * are kept, without their `$ ` prompts (continuation lines stay with their command).
 * In a shell script a leading `$ ` prompt is dropped. Anything else is copied as it is.
 */
export function toCopyText(code: string, lang: string | undefined): string {
	const text = code.replace(/\n$/, '');
	const lines = text.split('\n');
	if (lang && SESSION_LANGS.has(lang)) {
		const out: string[] = [];
		let continuing = false;
		for (const line of lines) {
			const prompt = /^\s*\$ /.exec(line);
			if (prompt) out.push(line.slice(prompt[0].length));
			else if (continuing) out.push(line);
			else continue;
			continuing = /\\\s*$/.test(line);
		}
		return out.length > 0 ? out.join('\n') : text;
	}
	if (lang && ['bash', 'sh', 'shell', 'shellscript', 'zsh'].includes(lang)) {
		return lines.map((l) => l.replace(/^\$ /, '')).join('\n');
	}
	return text;
}
