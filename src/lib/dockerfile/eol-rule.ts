import type { Diagnostic } from '../diagnostic.ts';
import { endOfLifeDiagnostic, endOfLifeFindings } from '../eol/check.ts';
import type { CheckContext } from './context.ts';

/** `FROM python:3.9`: a base image whose version (or distribution) is past its end of life. */
export function checkEndOfLifeBase(context: CheckContext): Diagnostic[] {
	return context.layout.stages.flatMap((stage) => {
		if (stage.baseStage !== undefined || !stage.base) return [];
		const at = stage.from.getImageRange()?.start ?? stage.from.getRange().start;
		return endOfLifeFindings(stage.base, context.eol).map((finding) =>
			endOfLifeDiagnostic(finding, at.line + 1, at.character + 1, context.eol.table)
		);
	});
}
