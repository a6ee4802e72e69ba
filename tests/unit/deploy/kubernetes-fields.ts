import { resolve } from 'node:path';
import ts from 'typescript';
import { closest } from '../../../src/lib/did-you-mean';

/** Where each kind's TypeScript interface lives in kubernetes-models. */
const MODELS: Record<string, { module: string; type: string }> = {
	Deployment: { module: 'kubernetes-models/apps/v1/Deployment', type: 'IDeployment' },
	Service: { module: 'kubernetes-models/v1/Service', type: 'IService' },
	Ingress: { module: 'kubernetes-models/networking.k8s.io/v1/Ingress', type: 'IIngress' },
};

let loaded: { checker: ts.TypeChecker; roots: Map<string, ts.Type> } | undefined;

/** Type-check, once, a virtual file that declares one value of each kind's interface. */
function load() {
	if (loaded) return loaded;
	// Next to node_modules, so that the package's types resolve as they do for any import.
	const file = resolve('__kubernetes_models__.ts');
	const source = Object.entries(MODELS)
		.map(
			([kind, { module, type }]) =>
				`import type { ${type} } from '${module}';\nexport declare const ${kind}: ${type};`
		)
		.join('\n');
	const options: ts.CompilerOptions = {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		lib: ['lib.es2022.d.ts'],
		types: [],
	};
	const host = ts.createCompilerHost(options);
	const { getSourceFile, fileExists, readFile } = host;
	host.getSourceFile = (name, version, ...rest) =>
		name === file
			? ts.createSourceFile(name, source, version)
			: getSourceFile.call(host, name, version, ...rest);
	host.fileExists = (name) => name === file || fileExists.call(host, name);
	host.readFile = (name) => (name === file ? source : readFile.call(host, name));
	const program = ts.createProgram([file], options, host);
	const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
	if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, host));
	const checker = program.getTypeChecker();
	const roots = new Map<string, ts.Type>();
	for (const statement of program.getSourceFile(file)!.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			roots.set(declaration.name.getText(), checker.getTypeAtLocation(declaration.name));
		}
	}
	loaded = { checker, roots };
	return loaded;
}

/** Report every key of `value` that `type` does not declare, all the way down. */
function walk(
	checker: ts.TypeChecker,
	value: unknown,
	declared: ts.Type,
	path: string,
	found: string[]
) {
	const type = checker.getNonNullableType(declared);
	if (Array.isArray(value)) {
		const element = checker.isArrayType(type)
			? checker.getTypeArguments(type as ts.TypeReference)[0]
			: undefined;
		if (element)
			value.forEach((item, index) => walk(checker, item, element, `${path}[${index}]`, found));
		return;
	}
	if (!value || typeof value !== 'object') return;
	// Maps such as `labels` or `limits` declare an index signature: any key is fine there.
	const map = checker.getIndexInfoOfType(type, ts.IndexKind.String);
	for (const [key, child] of Object.entries(value)) {
		const here = path ? `${path}.${key}` : key;
		const property = type.getProperty(key);
		if (property) walk(checker, child, checker.getTypeOfSymbol(property), here, found);
		else if (map) walk(checker, child, map.type, here, found);
		else {
			const hint = closest(
				key,
				type.getProperties().map((p) => p.name),
				2
			);
			found.push(`${here}: unknown field${hint ? ` (did you mean \`${hint}\`?)` : ''}`);
		}
	}
}

/**
 * Field names a manifest uses that the Kubernetes API does not define. kubernetes-models'
 * validate() checks types and required fields but lets unknown fields through (so
 * `readinessProbes` would pass); this walks the manifest against the same package's
 * TypeScript interfaces, generated from the same OpenAPI schema, and names each stray field.
 */
export function unknownFields(manifest: { kind?: unknown }): string[] {
	const { checker, roots } = load();
	const root = roots.get(String(manifest.kind));
	if (!root)
		throw new Error(
			`No model for kind ${String(manifest.kind)}: add it to MODELS in ${import.meta.url}.`
		);
	const found: string[] = [];
	walk(checker, manifest, root, '', found);
	return found;
}
