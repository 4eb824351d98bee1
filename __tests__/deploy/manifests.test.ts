/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * The Dockerfile and the Kubernetes manifests cannot be run here (no Docker, no
 * cluster), so these tests check what a typo would silently break: selectors that
 * match no pod, a probe on the wrong port, a root user, a missing writable volume.
 */

const root = join(__dirname, '..', '..');
const manifestDir = join(root, 'deploy', 'kubernetes');

type Labels = Record<string, string>;
type PortRef = string | number;
interface Probe { httpGet?: { path?: string; port?: PortRef } }
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { drop?: string[] };
  seccompProfile?: { type?: string };
}
interface Container {
  name: string;
  image?: string;
  ports?: { name?: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Labels; limits?: Labels };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  securityContext?: SecurityContext;
  containers: Container[];
  volumes?: { name: string }[];
  topologySpreadConstraints?: { topologyKey: string; labelSelector?: { matchLabels?: Labels } }[];
  affinity?: { podAntiAffinity?: object };
}
interface Manifest { apiVersion?: string; kind?: string; metadata?: { name?: string }; spec?: unknown }
type Deployment = Manifest & {
  spec: {
    replicas: number;
    selector: { matchLabels: Labels };
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: PortRef } };
    template: { metadata: { labels: Labels }; spec: PodSpec };
  };
};
type Service = Manifest & { spec: { selector: Labels; ports: { port: number; targetPort: PortRef }[] } };
type Hpa = Manifest & {
  spec: {
    scaleTargetRef: { apiVersion: string; kind: string; name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics?: { type: string; resource?: { name: string; target: { type: string; averageUtilization?: number } } }[];
  };
};
type Pdb = Manifest & { spec: { minAvailable: number | string; selector: { matchLabels: Labels } } };
type Kustomization = Manifest & { resources: string[]; images?: { name: string }[] };

// --- Kubernetes helpers

function loadYaml(path: string): Manifest[] {
  const docs = parseAllDocuments(readFileSync(path, 'utf8'));
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors.map((e) => e.message).join('; ')}`);
  }
  return docs.map((doc) => doc.toJS() as Manifest);
}

const manifestFiles = readdirSync(manifestDir)
  .filter((file) => /\.ya?ml$/.test(file) && file !== 'kustomization.yaml')
  .sort();
const manifests = manifestFiles.flatMap((file) => loadYaml(join(manifestDir, file)).map((manifest) => ({ file, manifest })));

/** The one manifest of a kind; a missing or duplicated one fails with its kind. */
function only<T extends Manifest>(kind: string): T {
  const found = manifests.filter(({ manifest }) => manifest.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} in deploy/kubernetes, found ${found.length}`);
  return found[0].manifest as T;
}

/** True when a non-empty label selector matches these labels. */
function selects(selector: Labels | undefined, labels: Labels): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/** The container port a Service or probe refers to, by name or by number. */
function findPort(container: Container, ref: PortRef | undefined) {
  return container.ports?.find((port) => (typeof ref === 'number' ? port.containerPort === ref : port.name === ref));
}

/** A CPU or memory quantity ("100m", "1", "256Mi", "1Gi") in base units. */
function quantity(value: string | number): number {
  const match = /^([\d.]+)(m|k|Ki|M|Mi|G|Gi)?$/.exec(String(value));
  if (!match) throw new Error(`not a resource quantity: ${value}`);
  const factors: Record<string, number> = { m: 1e-3, k: 1e3, Ki: 2 ** 10, M: 1e6, Mi: 2 ** 20, G: 1e9, Gi: 2 ** 30 };
  return Number(match[1]) * (match[2] ? factors[match[2]] : 1);
}

const deployment = () => only<Deployment>('Deployment');
const pod = () => deployment().spec.template.spec;
const container = () => {
  expect(pod().containers).toHaveLength(1);
  return pod().containers[0];
};
/** The container port the Service sends traffic to. */
const servedPort = () => findPort(container(), only<Service>('Service').spec.ports[0].targetPort);

// --- Dockerfile helpers

interface Instruction { keyword: string; args: string }

/** The Dockerfile's instructions grouped by stage (each starts at a FROM). */
function dockerStages(): Instruction[][] {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\r?\n/g, ' ');
  const stages: Instruction[][] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z]+)\s+(.*?)\s*$/.exec(line);
    if (!match) continue;
    const instruction = { keyword: match[1].toUpperCase(), args: match[2] };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

const argsOf = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword).map((i) => i.args);
const stageName = (stage: Instruction[]) => /\sAS\s+(\S+)/i.exec(stage[0].args)?.[1];
const finalStage = () => dockerStages().at(-1)!;

/** ENV in both forms (`KEY=value ...` and `KEY value`). */
function envOf(stage: Instruction[]): Labels {
  const env: Labels = {};
  for (const args of argsOf(stage, 'ENV')) {
    const pairs = args.includes('=') ? args.split(/\s+/).map((pair) => pair.split(/=(.*)/s)) : [args.split(/\s+(.*)/s)];
    for (const [key, value] of pairs) env[key] = value.replace(/^"(.*)"$/, '$1');
  }
  return env;
}

/** COPY instructions as { from, sources, dest }, paths without ./ or a trailing /. */
function copiesOf(stage: Instruction[]) {
  const clean = (path: string) => path.replace(/\/+$/, '').replace(/^\.\/(?=.)/, '') || '.';
  return argsOf(stage, 'COPY').map((args) => {
    const words = args.split(/\s+/);
    const paths = words.filter((word) => !word.startsWith('--')).map(clean);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    return { from, sources: paths.slice(0, -1), dest: paths.at(-1) };
  });
}

function workdirOf(stage: Instruction[]): string {
  const workdir = argsOf(stage, 'WORKDIR').at(-1);
  if (!workdir) throw new Error('the final Dockerfile stage sets no WORKDIR');
  return workdir;
}

describe('Kubernetes manifests', () => {
  it('finds the four manifests', () => {
    expect(manifests.map(({ manifest }) => manifest.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service']);
  });

  it.each(manifests.map(({ file, manifest }) => [file, manifest] as const))('%s has apiVersion, kind and metadata.name', (_file, manifest) => {
    expect(manifest.apiVersion).toEqual(expect.any(String));
    expect(manifest.kind).toEqual(expect.any(String));
    expect(manifest.metadata?.name).toEqual(expect.any(String));
  });

  it('the kustomization lists exactly the manifest files in the folder, and sets the image the Deployment uses', () => {
    const [kustomization] = loadYaml(join(manifestDir, 'kustomization.yaml')) as Kustomization[];
    expect(kustomization.kind).toBe('Kustomization');
    expect([...kustomization.resources].sort()).toEqual(manifestFiles);
    for (const image of kustomization.images ?? []) expect(container().image?.split(':')[0]).toBe(image.name);
  });

  it("the Deployment's selector matches its pod template, the Service and the PodDisruptionBudget", () => {
    const { selector, template } = deployment().spec;
    expect(selects(selector.matchLabels, template.metadata.labels)).toBe(true);
    expect(only<Service>('Service').spec.selector).toEqual(selector.matchLabels);
    expect(only<Pdb>('PodDisruptionBudget').spec.selector.matchLabels).toEqual(selector.matchLabels);
  });

  it('the Service targets a port the container declares', () => {
    const service = only<Service>('Service');
    expect(service.spec.ports).toHaveLength(1);
    expect(service.spec.ports[0].port).toBe(80);
    expect(servedPort()).toBeDefined();
  });

  it.each(['startupProbe', 'readinessProbe', 'livenessProbe'] as const)('the %s asks /api/health on the served port', (probe) => {
    const httpGet = container()[probe]?.httpGet;
    expect(httpGet?.path).toBe('/api/health');
    expect(findPort(container(), httpGet?.port)).toBe(servedPort());
  });

  it('the HorizontalPodAutoscaler scales the Deployment between at least 2 replicas and its maximum, on CPU', () => {
    const { spec } = only<Hpa>('HorizontalPodAutoscaler');
    expect(spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment().metadata?.name });
    expect(spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(spec.minReplicas).toBeLessThanOrEqual(spec.maxReplicas);
    const cpu = spec.metrics?.find((metric) => metric.resource?.name === 'cpu')?.resource?.target;
    expect(cpu?.type).toBe('Utilization');
    expect(cpu?.averageUtilization).toBeGreaterThan(0);
    expect(cpu?.averageUtilization).toBeLessThanOrEqual(100);
  });

  it('the PodDisruptionBudget leaves room to evict a pod', () => {
    const { minAvailable } = only<Pdb>('PodDisruptionBudget').spec;
    expect(typeof minAvailable).toBe('number');
    expect(minAvailable).toBeLessThan(deployment().spec.replicas);
    expect(minAvailable).toBeLessThan(only<Hpa>('HorizontalPodAutoscaler').spec.minReplicas);
  });

  it('rolls out without lowering capacity and spreads pods over nodes', () => {
    const { strategy } = deployment().spec;
    expect(strategy?.type).toBe('RollingUpdate');
    expect(strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    const spreadOverNodes = pod().topologySpreadConstraints?.some(
      (constraint) => constraint.topologyKey === 'kubernetes.io/hostname' && selects(constraint.labelSelector?.matchLabels, deployment().spec.template.metadata.labels),
    );
    if (!spreadOverNodes && !pod().affinity?.podAntiAffinity) {
      throw new Error('pods are neither spread over nodes (topologySpreadConstraints on kubernetes.io/hostname) nor kept apart (podAntiAffinity)');
    }
  });

  it('runs the container as non-root, without privilege escalation, on a read-only root filesystem', () => {
    const effective = { ...pod().securityContext, ...container().securityContext };
    expect(effective.runAsNonRoot).toBe(true);
    expect(effective.runAsUser).toEqual(expect.any(Number));
    expect(effective.runAsUser).not.toBe(0);
    expect(effective.allowPrivilegeEscalation).toBe(false);
    expect(effective.readOnlyRootFilesystem).toBe(true);
    expect(effective.capabilities?.drop).toContain('ALL');
    expect(effective.seccompProfile?.type).toBe('RuntimeDefault');
  });

  it("mounts Next's cache folder, under the image's WORKDIR, from a volume that exists", () => {
    const volumes = (pod().volumes ?? []).map((volume) => volume.name);
    const mounts = container().volumeMounts ?? [];
    for (const mount of mounts) expect(volumes).toContain(mount.name);
    expect(mounts.map((mount) => mount.mountPath)).toContain(`${workdirOf(finalStage())}/.next/cache`);
  });

  it('sets resource requests and limits, requests within limits', () => {
    const { requests, limits } = container().resources ?? {};
    for (const resource of ['cpu', 'memory']) {
      expect({ resource, request: requests?.[resource] }).toEqual({ resource, request: expect.anything() });
      expect({ resource, limit: limits?.[resource] }).toEqual({ resource, limit: expect.anything() });
      expect(quantity(requests![resource])).toBeLessThanOrEqual(quantity(limits![resource]));
    }
  });
});

describe('Dockerfile', () => {
  it('has a build stage and a separate runner stage', () => {
    expect(dockerStages().length).toBeGreaterThan(1);
  });

  // `npm run build` is `next build` plus the standalone assets and per-page security policies.
  it('builds with npm run build and SITE_URL as a build argument, declared before the build', () => {
    const build = dockerStages().find((stage) => argsOf(stage, 'RUN').some((run) => run.includes('npm run build')));
    expect(build).toBeDefined();
    const buildAt = build!.findIndex((i) => i.keyword === 'RUN' && i.args.includes('npm run build'));
    const argAt = build!.findIndex((i) => i.keyword === 'ARG' && /^SITE_URL\b/.test(i.args));
    expect(argAt).toBeGreaterThanOrEqual(0);
    expect(argAt).toBeLessThan(buildAt);
  });

  it('runs the final stage as a numeric non-root user, the one the Deployment expects', () => {
    const user = argsOf(finalStage(), 'USER').at(-1)?.split(':')[0];
    expect(user).toMatch(/^\d+$/);
    expect(user).not.toBe('0');
    expect(Number(user)).toBe({ ...pod().securityContext, ...container().securityContext }.runAsUser);
  });

  it('listens on 0.0.0.0:3000 in production, the port it exposes and the Deployment serves', () => {
    const env = envOf(finalStage());
    expect(env).toMatchObject({ NODE_ENV: 'production', PORT: '3000', HOSTNAME: '0.0.0.0' });
    expect(argsOf(finalStage(), 'EXPOSE').flatMap((args) => args.split(/\s+/))).toContain('3000');
    expect(servedPort()?.containerPort).toBe(3000);
  });

  it('checks its health on /api/health and starts server.js', () => {
    expect(argsOf(finalStage(), 'HEALTHCHECK').at(-1)).toMatch(/\/api\/health/);
    expect(JSON.parse(argsOf(finalStage(), 'CMD').at(-1) ?? 'null')).toEqual(['node', 'server.js']);
  });

  it('copies only the standalone server, .next/static and public from the build stage', () => {
    const copies = copiesOf(finalStage());
    const earlier = dockerStages().slice(0, -1).map(stageName);
    for (const copy of copies) expect(earlier).toContain(copy.from);
    const copy = (source: RegExp, dest: string) => expect.objectContaining({ sources: [expect.stringMatching(source)], dest });
    expect(copies).toContainEqual(copy(/(^|\/)\.next\/standalone$/, '.'));
    expect(copies).toContainEqual(copy(/(^|\/)\.next\/static$/, '.next/static'));
    expect(copies).toContainEqual(copy(/(^|\/)public$/, 'public'));
    expect(copies).toHaveLength(3);
  });
});
