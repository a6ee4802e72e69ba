import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { unknownFields } from './kubernetes-fields';

const K8S_DIR = 'deploy/k8s';

/** Every document of every manifest in deploy/k8s, with the file it came from. */
function manifests() {
	return readdirSync(K8S_DIR)
		.filter((file) => file.endsWith('.yaml'))
		.flatMap((file) =>
			parseAllDocuments(readFileSync(`${K8S_DIR}/${file}`, 'utf8')).map((doc) => ({
				file,
				object: doc.toJS(),
			}))
		);
}

/** kubernetes-models' class for each kind we ship. */
const MODEL = { Deployment, Service, Ingress } as const;

function only<K extends keyof typeof MODEL>(kind: K) {
	const found = manifests().filter((m) => m.object.kind === kind);
	expect(found, kind).toHaveLength(1);
	return found[0]!.object;
}

describe.each(manifests())('$file ($object.kind)', ({ object }) => {
	test('passes kubernetes-models’ schema validation', () => {
		const Model = MODEL[object.kind as keyof typeof MODEL];
		expect(Model, `a model for ${object.kind}`).toBeDefined();
		expect(() => new Model(object).validate()).not.toThrow();
	});

	test('uses no field the Kubernetes API does not define', () => {
		expect(unknownFields(object)).toEqual([]);
	});
});

test('the unknown-field check catches what validate() lets through, with a hint', () => {
	const deployment = only('Deployment');
	const broken = structuredClone(deployment);
	const container = broken.spec.template.spec.containers[0];
	container.readinessProbes = container.readinessProbe;
	delete container.readinessProbe;
	broken.spec.replica = 2;
	// validate() only checks types and required fields, so both typos pass it.
	expect(() => new Deployment(broken).validate()).not.toThrow();
	expect(unknownFields(broken)).toEqual([
		'spec.template.spec.containers[0].readinessProbes: unknown field (did you mean `readinessProbe`?)',
		'spec.replica: unknown field (did you mean `replicas`?)',
	]);
	// Free-form maps (labels, resource limits) accept any key.
	broken.metadata.labels['example.org/team'] = 'docs';
	expect(unknownFields(broken)).toHaveLength(2);
	// What validate() does catch: a wrong type.
	broken.spec.replicas = 'two';
	expect(() => new Deployment(broken).validate()).toThrow();
});

test('the Deployment runs two hardened, probed, bounded replicas of the image', () => {
	const { spec } = only('Deployment');
	expect(spec.replicas).toBe(2);
	const pod = spec.template.spec;
	expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 101 });
	const [container] = pod.containers;
	expect(container.securityContext).toMatchObject({
		allowPrivilegeEscalation: false,
		readOnlyRootFilesystem: true,
		capabilities: { drop: ['ALL'] },
	});
	expect(container.image).toMatch(/:[\w.-]+$/);
	expect(container.image).not.toMatch(/:latest$/);
	expect(container.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
	for (const probe of [container.readinessProbe, container.livenessProbe])
		expect(probe.httpGet.port).toBe('http');
	expect(Object.keys(container.resources.requests)).toEqual(['cpu', 'memory']);
	expect(Object.keys(container.resources.limits)).toEqual(['cpu', 'memory']);
	// nginx writes its pid and temporary files to /tmp: an emptyDir on a read-only filesystem.
	const tmp = container.volumeMounts.find((m: { mountPath: string }) => m.mountPath === '/tmp');
	expect(pod.volumes.find((v: { name: string }) => v.name === tmp?.name)).toHaveProperty(
		'emptyDir'
	);
});

test('the Service selects the Deployment’s pods and the Ingress routes to the Service', () => {
	const deployment = only('Deployment');
	const service = only('Service');
	const ingress = only('Ingress');
	expect(deployment.spec.template.metadata.labels).toMatchObject(service.spec.selector);
	expect(deployment.spec.selector.matchLabels).toEqual(service.spec.selector);
	const portNames = deployment.spec.template.spec.containers[0].ports.map(
		(p: { name: string }) => p.name
	);
	for (const port of service.spec.ports) expect(portNames).toContain(port.targetPort);
	const backend = ingress.spec.rules[0].http.paths[0].backend.service;
	expect(backend.name).toBe(service.metadata.name);
	expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(backend.port.name);
});
