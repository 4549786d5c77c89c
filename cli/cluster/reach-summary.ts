// After `troupe up --apply`, how to reach what was applied: the Services' addresses (cluster IP,
// LoadBalancer and NodePort on the node address) and the ingress URL of each Ingress rule.
import type { KubeObject } from "../../runtime/api-client.ts";

interface ServicePortJson {
  name?: string;
  port?: number;
  nodePort?: number;
}

interface ServiceJson extends KubeObject {
  spec?: { type?: string; clusterIP?: string; ports?: ServicePortJson[] };
  status?: { loadBalancer?: { ingress?: { ip?: string }[] } };
}

interface IngressJson extends KubeObject {
  spec?: { rules?: { host?: string; http?: { paths?: { path?: string }[] } }[] };
}

export interface ReachOptions {
  /** Where LoadBalancer, NodePort and the ingress listen (the nodes' address). */
  nodeAddress: string;
  ingressPort: number;
}

export function formatReach(services: ServiceJson[], ingresses: IngressJson[], options: ReachOptions): string {
  const lines: string[] = [];
  for (const service of services) {
    const name = `${service.metadata?.namespace ?? "default"}/${service.metadata?.name}`;
    const spec = service.spec ?? {};
    if (!spec.clusterIP || spec.clusterIP === "None" || name === "default/kubernetes") continue;
    for (const port of spec.ports ?? []) {
      const ways = [`${spec.clusterIP}:${port.port}`];
      if (spec.type === "LoadBalancer") {
        const ip = service.status?.loadBalancer?.ingress?.[0]?.ip;
        ways.unshift(ip ? `http://${ip}:${port.port}` : "(load balancer pending: see `troupe get svc`)");
      }
      if (port.nodePort) ways.push(`${options.nodeAddress}:${port.nodePort}`);
      lines.push(`  service ${name}${port.name ? ` (${port.name})` : ""}: ${ways.join("  ")}`);
    }
  }
  for (const ingress of ingresses) {
    for (const rule of ingress.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const host = rule.host ? ` (Host: ${rule.host})` : "";
        lines.push(`  ingress ${ingress.metadata?.namespace ?? "default"}/${ingress.metadata?.name}: http://${options.nodeAddress}:${options.ingressPort}${path.path ?? "/"}${host}`);
      }
    }
  }
  return lines.length === 0 ? "" : `Reach the apps at:\n${lines.join("\n")}\n`;
}
