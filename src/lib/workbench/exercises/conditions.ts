import { isSecretName } from '../../dockerfile/instruction-rules.ts';
import { asMap, namedVolumesOf, servicesOf, type Json } from '../../compose/model.ts';
import type { Analysis } from '../analyse.ts';
import { finalStage, type StageFact, type StepFact } from '../dockerfile-facts.ts';
import { copiedManifests, whatRebuilds } from '../rebuild.ts';
import type { ExerciseCheck } from './types.ts';

// Reusable conditions over an analysis, so each exercise reads as a list of sentences.

/** Every exercise starts with this one: the build's own checks have nothing left to say. */
export const NO_FINDINGS: ExerciseCheck = {
	description: 'The checks report no findings (no errors, no warnings).',
	test: (a) => a.diagnostics.length === 0,
};

const stages = (a: Analysis): StageFact[] => a.dockerfile?.stages ?? [];
const steps = (a: Analysis): StepFact[] => stages(a).flatMap((s) => s.steps);
const last = (a: Analysis) => (a.dockerfile ? finalStage(a.dockerfile) : undefined);

/** The final stage's base image matches `pattern` (e.g. a supported Python). */
export function finalBase(description: string, pattern: RegExp): ExerciseCheck {
	return { description, test: (a) => pattern.test(last(a)?.base ?? '') };
}

/** The last USER of the final stage is neither root nor 0 (or its base image is a nonroot one). */
export const NON_ROOT_FINAL: ExerciseCheck = {
	description: 'The final stage runs as a non-root user (a `USER` other than root or 0).',
	test: (a) => {
		const stage = last(a);
		if (!stage) return false;
		const user = stage.steps.filter((s) => s.keyword === 'USER').at(-1)?.args[0];
		if (user !== undefined) return !/^(?:root|0)(?::.*)?$/.test(user);
		return /:nonroot\b/.test(stage.base);
	},
};

/**
 * Dependency manifests are copied and installed before the rest of the source: asked of the
 * rebuild model itself, editing a source file must leave the install step reused.
 */
export const MANIFEST_FIRST: ExerciseCheck = {
	description:
		'The dependency manifests are copied and installed before the source, so editing the source reuses the install step.',
	test: (a) => {
		if (!a.dockerfile || copiedManifests(a.dockerfile).length === 0) return false;
		const install = steps(a).find(
			(s) =>
				s.keyword === 'RUN' &&
				/\b(?:npm ci|npm install|pip install|go mod download)\b/.test(s.text + s.args.join(' '))
		);
		if (!install) return false;
		const result = whatRebuilds(a.dockerfile, {
			files: ['src/main.file'],
			buildArgs: [],
			baseImage: false,
		});
		return result.find((r) => r.line === install.line)?.status === 'reused';
	},
};

/** Two or more stages, and the final one copies its files from an earlier stage. */
export const MULTI_STAGE: ExerciseCheck = {
	description:
		'The build has two or more stages, and the final stage copies its program from an earlier one.',
	test: (a) => stages(a).length >= 2 && (last(a)?.uses.length ?? 0) > 0,
};

/** The final image is built from a distroless or scratch base. */
export const DISTROLESS_FINAL = finalBase(
	'The final image is built from a distroless or scratch base.',
	/^(?:scratch$|gcr\.io\/distroless\/)/
);

/** No ARG or ENV declares a secret-looking name. */
export const NO_SECRET_ARG_ENV: ExerciseCheck = {
	description: 'No secret is passed in `ARG` or `ENV`.',
	test: (a) =>
		!steps(a)
			.concat(a.dockerfile?.globalArgs ?? [])
			.some((s) => s.declares.some(isSecretName)),
};

/** A RUN reads a build secret through a secret mount. */
export const SECRET_MOUNT: ExerciseCheck = {
	description: 'The secret reaches the build through `RUN --mount=type=secret`.',
	test: (a) =>
		steps(a).some(
			(s) =>
				s.keyword === 'RUN' &&
				s.flags.some((f) => f.name === 'mount' && /(?:^|,)type=secret\b/.test(f.value))
		),
};

/** CMD (and ENTRYPOINT, if any) of the final stage are in exec form. */
export const EXEC_FORM: ExerciseCheck = {
	description:
		'The final stage’s `CMD` and `ENTRYPOINT` use the exec (JSON) form, so the program gets signals itself.',
	test: (a) => {
		const commands =
			last(a)?.steps.filter((s) => s.keyword === 'CMD' || s.keyword === 'ENTRYPOINT') ?? [];
		return commands.length > 0 && commands.every((s) => s.execForm);
	},
};

function services(a: Analysis): Map<string, Json> {
	return new Map(servicesOf(a.compose?.data));
}

/** `from` waits for `to` to be healthy, and `to` has a health check. */
export function waitsHealthy(from: string, to: string): ExerciseCheck {
	return {
		description: `The \`${from}\` service waits for \`${to}\` to be healthy (\`condition: service_healthy\`), and \`${to}\` has a health check.`,
		test: (a) =>
			(a.compose?.graph?.dependsOn ?? []).some(
				(d) => d.from === from && d.to === to && d.condition === 'service_healthy'
			) &&
			(a.compose?.graph?.services.find((s) => s.name === to)?.healthcheck ?? false),
	};
}

/** `service` keeps `target` (or a path under it) on a named volume declared at the top level. */
export function namedVolumeAt(service: string, target: string): ExerciseCheck {
	return {
		description: `The \`${service}\` service keeps \`${target}\` on a named volume declared under the top-level \`volumes:\`.`,
		test: (a) => {
			const svc = services(a).get(service);
			if (!svc || !Array.isArray(svc.volumes)) return false;
			const declared = asMap(asMap(a.compose?.data)?.volumes) ?? {};
			const named = new Set(namedVolumesOf(service, svc).map((v) => v.name));
			return svc.volumes.some((mount: unknown) => {
				const short = typeof mount === 'string' ? mount.split(':') : undefined;
				const long = asMap(mount);
				const source = short ? short[0] : long?.source;
				const at = short ? short[1] : long?.target;
				return (
					typeof source === 'string' &&
					named.has(source) &&
					Object.hasOwn(declared, source) &&
					at === target
				);
			});
		},
	};
}
