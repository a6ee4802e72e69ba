/**
 * A fence's language as the highlighter and the checks name it. Language names are
 * case-insensitive, as on GitHub: ```` ```Dockerfile ```` is a `dockerfile` block. Shiki's
 * ids and aliases are all lowercase, so lowercasing is enough; an empty name stays empty.
 */
export function fenceLanguage(lang: string | null | undefined): string | undefined {
	const trimmed = lang?.trim();
	return trimmed ? trimmed.toLowerCase() : undefined;
}

/** How the top bar of an untitled code block names its language. */
const LABELS: Record<string, string> = {
	bash: 'Shell',
	sh: 'Shell',
	shell: 'Shell',
	zsh: 'Shell',
	console: 'Terminal',
	shellsession: 'Terminal',
	'shell-session': 'Terminal',
	powershell: 'PowerShell',
	dockerfile: 'Dockerfile',
	docker: 'Dockerfile',
	yaml: 'YAML',
	yml: 'YAML',
	json: 'JSON',
	jsonc: 'JSON',
	toml: 'TOML',
	ini: 'INI',
	nginx: 'nginx',
	js: 'JavaScript',
	javascript: 'JavaScript',
	ts: 'TypeScript',
	typescript: 'TypeScript',
	py: 'Python',
	python: 'Python',
	go: 'Go',
	html: 'HTML',
	css: 'CSS',
	diff: 'Diff',
	sql: 'SQL',
	xml: 'XML',
	text: 'Text',
	txt: 'Text',
	plaintext: 'Text',
};

/** The label for a block's language (`console` → `Terminal`); an unknown one is shown as written. */
export function languageLabel(lang: string | null | undefined): string {
	const key = (lang ?? '').toLowerCase();
	return LABELS[key] ?? (key || 'Text');
}
