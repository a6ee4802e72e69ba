import type { Diagnostic } from '../diagnostic.ts';
import { report, type CheckContext } from './context.ts';

/** `FROM x as y`: Docker wants the AS keyword in the same case as FROM (FromAsCasing). */
export function checkFromAsCasing(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const { from } of context.layout.stages) {
		const as = from.getArguments()[1];
		if (!as || as.getValue().toUpperCase() !== 'AS') continue;
		const keyword = from.getInstruction();
		const isUpper = (word: string) => word === word.toUpperCase();
		if (isUpper(keyword) === isUpper(as.getValue())) continue;
		found.push(
			report(
				'FromAsCasing',
				'warning',
				as.getRange().start,
				`The \`${as.getValue()}\` keyword and \`${keyword}\` are written in different cases.`,
				`Write \`${isUpper(keyword) ? 'AS' : 'as'}\` to match \`${keyword}\`.`
			)
		);
	}
	return found;
}

/** Stage names are matched case-insensitively, so Docker asks for lowercase (StageNameCasing). */
export function checkStageNameCasing(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const { from, name } of context.layout.stages) {
		const range = from.getBuildStageRange();
		if (!name || !range || name === name.toLowerCase()) continue;
		found.push(
			report(
				'StageNameCasing',
				'warning',
				range.start,
				`Stage name \`${name}\` should be lowercase; Docker compares stage names without case.`,
				`Rename the stage to \`${name.toLowerCase()}\` (and every reference to it).`
			)
		);
	}
	return found;
}

/** The tag of an image reference: after the last `:` that follows the last `/`. */
export function getImageTag(image: string): string | undefined {
	const lastPart = image.slice(image.lastIndexOf('/') + 1);
	const colon = lastPart.indexOf(':');
	return colon === -1 ? undefined : lastPart.slice(colon + 1);
}

/**
 * Without a tag (or with `latest`) the same Dockerfile builds on whatever the registry serves
 * that day, so a note's example can break without anyone touching it.
 */
export function checkUnpinnedBaseImage(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const stage of context.layout.stages) {
		const image = stage.base;
		if (!image || /[$@]/.test(image) || image.toLowerCase() === 'scratch') continue;
		if (stage.baseStage !== undefined) continue;
		const tag = getImageTag(image);
		if (tag !== undefined && tag !== 'latest') continue;
		const bare = tag === undefined ? image : image.slice(0, -':latest'.length);
		found.push(
			report(
				'UnpinnedBaseImage',
				'warning',
				stage.from.getImageRange()?.start ?? stage.from.getRange().start,
				`\`FROM ${image}\` is not pinned to a version, so each build may start from a different image.`,
				`Pin a tag, e.g. \`${bare}:<version>\` (or a digest \`@sha256:…\`).`
			)
		);
	}
	return found;
}
