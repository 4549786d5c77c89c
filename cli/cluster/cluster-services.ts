// The Troupe services `troupe up` runs, each as its own process next to nats-server.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tracingEnv, type TraceSampling } from "./trace-sampling.ts";

export interface ClusterService {
  /** Role name: used for the log file (logs/<name>.log) and in the context file. */
  name: string;
  /** Entry point, relative to the repository root. */
  script: string;
  /** Extra environment of this service process. */
  env?: Record<string, string>;
  /** Which NATS credentials it connects with (cli/cluster/nats-credentials.ts, by file name). */
  credentials: string;
}

export interface ClusterLayout {
  /** Nodes node-1 .. node-N: a kubelet process each, hosting the node's proxy. */
  nodes: number;
  /** Zones node-1 .. node-N are spread over, round-robin (node-1 in the first); empty: no zone labels. */
  zones?: readonly string[];
  /** Where the kubelets keep their logs and image caches (one folder per node). */
  kubeletDir: string;
  /** Two schedulers and two controller managers: one leads, the other stands by. */
  ha?: boolean;
  /** The API's EncryptionConfiguration file (Secrets at rest); only the API is told its path. */
  encryptionConfig?: string;
  /** The Kubernetes REST front end: its port and PEM files (cli/cluster/cluster-pki.ts). */
  kubeApi?: { port: number; certFile: string; keyFile: string; clientCaFile: string; urlFile: string };
  /** Identities for every caller (docs/security.md): the cluster CA certificate (pods' kube-root-ca.crt,
   * with it ServiceAccount admission and token projection) and the public nkey that signs bearer
   * tokens (the front end authenticates HTTP callers with them). */
  identities?: { clusterCaFile: string; tokenIssuerKey: string };
  /** The web console (services/console): its port, where it writes its URL, the context file it
   * reads the /metrics targets from. It trusts bearer tokens of `identities.tokenIssuerKey`. */
  console?: { port: number; urlFile: string; contextFile: string };
  /** The cluster autoscaler's configuration file (TROUPE_CLUSTER_AUTOSCALER_CONFIG of the controller managers). */
  clusterAutoscalerConfig?: string;
  /** The span collector (services/collector) and what every other service sends it (docs/trace-store.md). */
  tracing?: ClusterTracing;
}

/** The region every zone of a local cluster is in. */
export const LOCAL_REGION = "local";

/** TROUPE_NODE_LABELS of node `index` (1-based) when the nodes are spread over `zones` round-robin. */
export function nodeTopologyLabels(index: number, zones: readonly string[]): string | undefined {
  if (zones.length === 0) return undefined;
  return `topology.kubernetes.io/zone=${zones[(index - 1) % zones.length]},topology.kubernetes.io/region=${LOCAL_REGION}`;
}

export interface ClusterTracing {
  /** The collector's OTLP/HTTP port. */
  collectorPort: number;
  sampling: TraceSampling;
  /** The OTEL_EXPORTER_OTLP_ENDPOINT `troupe up` was started with: the collector forwards there too. */
  upstreamEndpoint?: string;
}

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const DEFAULT_NODES = 3;
/** The nodes' address: LoadBalancer and NodePort Services and the ingress listen there. */
export const DEFAULT_NODE_ADDRESS = "127.0.0.1";
/** The node proxies' ingress port (TROUPE_INGRESS_PORT of services/proxy/main.ts). */
export const DEFAULT_INGRESS_PORT = 8080;

/** The Troupe services `troupe up` runs, in start order. */
export function clusterServices(layout: ClusterLayout): ClusterService[] {
  const { identities } = layout;
  const apiEnv: Record<string, string> = {
    ...(layout.encryptionConfig ? { TROUPE_ENCRYPTION_CONFIG: layout.encryptionConfig } : {}),
    ...(identities ? { TROUPE_API_SERVICE_ACCOUNT_ADMISSION: "1" } : {}),
  };
  const services: ClusterService[] = [{ name: "api", script: "services/api/main.ts", credentials: "api", ...(Object.keys(apiEnv).length > 0 ? { env: apiEnv } : {}) }];
  if (layout.kubeApi) {
    services.push({
      name: "kube-api",
      script: "services/kube-api/main.ts",
      credentials: "kube-api",
      env: {
        TROUPE_KUBE_API_PORT: String(layout.kubeApi.port),
        TROUPE_KUBE_API_PORT_FALLBACK: "1",
        TROUPE_KUBE_API_URL_FILE: layout.kubeApi.urlFile,
        TROUPE_KUBE_API_TLS_CERT_FILE: layout.kubeApi.certFile,
        TROUPE_KUBE_API_TLS_KEY_FILE: layout.kubeApi.keyFile,
        TROUPE_KUBE_API_CLIENT_CA_FILE: layout.kubeApi.clientCaFile,
        ...(identities ? { TROUPE_KUBE_API_AUTHENTICATE: "1", TROUPE_KUBE_API_TOKEN_ISSUER_KEYS: identities.tokenIssuerKey } : {}),
      },
    });
  }
  for (const copy of layout.ha ? [1, 2] : [1]) {
    const suffix = copy === 1 ? "" : `-${copy}`;
    services.push({ name: `controllers${suffix}`, script: "services/controllers/main.ts", credentials: "controller-manager", env: { TROUPE_CONTROLLER_MANAGER_NAME: `controllers-${copy}`, ...(identities ? { TROUPE_CLUSTER_CA_FILE: identities.clusterCaFile } : {}), ...(layout.clusterAutoscalerConfig ? { TROUPE_CLUSTER_AUTOSCALER_CONFIG: layout.clusterAutoscalerConfig } : {}) } });
    services.push({ name: `scheduler${suffix}`, script: "services/scheduler/main.ts", credentials: "scheduler", env: { TROUPE_SCHEDULER_NAME: `scheduler-${copy}` } });
  }
  for (let i = 1; i <= layout.nodes; i++) {
    // The node proxy runs in the kubelet's process, as k3s' agent runs kube-proxy: a Node.js
    // process less per node (about 100 MiB; docs/benchmarks.md, footprint).
    const labels = nodeTopologyLabels(i, layout.zones ?? []);
    services.push({ name: `kubelet-node-${i}`, script: "services/kubelet/main.ts", credentials: `kubelet-node-${i}`, env: { TROUPE_NODE_NAME: `node-${i}`, TROUPE_KUBELET_DIR: layout.kubeletDir, TROUPE_POD_CIDR: podCidrOfNode(i), TROUPE_KUBELET_PROXY: "1", ...(labels ? { TROUPE_NODE_LABELS: labels } : {}) } });
  }
  if (layout.console) {
    services.push({
      name: "console",
      script: "services/console/main.ts",
      credentials: "console",
      env: {
        TROUPE_CONSOLE_PORT: String(layout.console.port),
        TROUPE_CONSOLE_URL_FILE: layout.console.urlFile,
        TROUPE_CONSOLE_CONTEXT_FILE: layout.console.contextFile,
        ...(identities ? { TROUPE_CONSOLE_TOKEN_ISSUER_KEYS: identities.tokenIssuerKey } : {}),
      },
    });
  }
  return layout.tracing ? withTracing(services, layout.tracing) : services;
}

/** The collector right after the API (it needs nothing else), and every other service exporting to it. */
function withTracing(services: ClusterService[], tracing: ClusterTracing): ClusterService[] {
  const env = tracingEnv(tracing.sampling, `http://127.0.0.1:${tracing.collectorPort}`);
  const collector: ClusterService = {
    name: "collector",
    script: "services/collector/main.ts",
    credentials: "collector",
    env: {
      TROUPE_COLLECTOR_PORT: String(tracing.collectorPort),
      TROUPE_COLLECTOR_UPSTREAM: tracing.upstreamEndpoint ?? "",
      // Its own spans would come back to it.
      OTEL_EXPORTER_OTLP_ENDPOINT: "",
    },
  };
  const traced = services.map((service) => ({ ...service, env: { ...service.env, ...env } }));
  return [traced[0], collector, ...traced.slice(1)];
}

/** Node i's pods get addresses from 127.(128 + i div 256).(i mod 256).0/24 (docs/networking.md). */
export function podCidrOfNode(index: number): string {
  return `127.${128 + Math.floor(index / 256)}.${index % 256}.0/24`;
}

/** A small young generation: V8's default lets semi-spaces grow to 16 MiB. */
const SMALL_YOUNG_GENERATION = ["--max-semi-space-size=1"] as const;

/**
 * Node flags per service entry point (docs/benchmarks.md, hollow and footprint). The control plane
 * (API, scheduler, controller manager: one process each, doing the work of the whole cluster)
 * keeps V8's default young generation: with 1 MiB semi-spaces, V8's garbage collector took 12–22%
 * of their CPU under load. A kubelet, one per node, gets 4 MiB semi-spaces
 * (as fast as the default in the hollow benchmark, less memory at rest); a separate node proxy
 * and anything else 1 MiB.
 */
const NODE_FLAGS_BY_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  "services/api/main.ts": [],
  "services/kube-api/main.ts": [],
  "services/scheduler/main.ts": [],
  "services/controllers/main.ts": [],
  "services/kubelet/main.ts": ["--max-semi-space-size=4"],
};

/** The Node flags of the service whose entry point (relative to the repository root) is `script`. */
export function serviceNodeFlags(script: string): readonly string[] {
  return NODE_FLAGS_BY_SCRIPT[script] ?? SMALL_YOUNG_GENERATION;
}

/**
 * Environment of the Node processes `troupe up` starts (the supervisor and every service), to be
 * added to theirs. Node's compile cache keeps each module's type-stripped source (and its V8
 * code): a process whose modules are all there never loads Node's TypeScript parser, a
 * WebAssembly module of about 17 MiB per process (docs/benchmarks.md, footprint). Entries are
 * keyed by the source's hash, so an edited file is stripped again and cached anew.
 */
export const SERVICE_NODE_ENV: Readonly<Record<string, string>> = {
  NODE_COMPILE_CACHE: join(REPO_ROOT, "node_modules", ".cache", "troupe-compile"),
};
