import type { Diagnostic } from '../diagnostic.ts';
import { endOfLifeDiagnostic, endOfLifeFindings, type EolOptions } from '../eol/check.ts';
import { servicesOf } from './model.ts';
import type { Locate } from './parse.ts';

/** `image: postgres:13`: a service image whose version (or distribution) is past its end of life. */
export function checkEndOfLifeImages(
	data: unknown,
	locate: Locate,
	options: EolOptions = {}
): Diagnostic[] {
	return servicesOf(data).flatMap(([name, service]) => {
		if (typeof service.image !== 'string') return [];
		const line = locate(['services', name, 'image']);
		return endOfLifeFindings(service.image, options).map((finding) =>
			endOfLifeDiagnostic(finding, line, undefined, options.table)
		);
	});
}
