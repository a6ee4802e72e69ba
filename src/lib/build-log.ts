/** The part of a Rolldown log the filter reads. */
export interface BuildLog {
	code?: string;
	message: string;
}

/**
 * Astro's content layer wraps every note it renders in a small module that starts with the
 * directive `"use astro:head-inject"`, and Rolldown warns, with a 12-line code frame, that it may
 * not keep a module-level directive it does not know: once per note, in every build (the minimal
 * Astro site prints the same). A thousand of them bury the warnings a contributor needs to see.
 * Only that warning, for that directive, is dropped; every other warning is printed as before.
 */
export function isHeadInjectDirectiveWarning(log: BuildLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
