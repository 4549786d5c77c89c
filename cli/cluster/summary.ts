// What `troupe up` prints once the cluster answers.
import { formatTable } from "../table.ts";
import type { ClusterContext, TroupeHome } from "./home.ts";

export interface SummaryOptions {
  home: TroupeHome;
  startupMs: number;
  detached: boolean;
  supervisorLog: string | undefined;
}

export function formatSummary(context: ClusterContext, options: SummaryOptions): string {
  const rows = context.services.map((service) => [service.name, String(service.pid), service.metricsUrl ?? "-", service.logFile]);
  const table = formatTable(["SERVICE", "PID", "METRICS", "LOG"], rows)
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
  const stop = options.detached ? "Stop it with:    troupe down" : "Stop it with:    Ctrl-C (or `troupe down` from another terminal)";
  return [
    `Troupe cluster is up (ready in ${(options.startupMs / 1000).toFixed(1)}s).`,
    `  NATS URL:    ${context.natsUrl}`,
    ...(context.kubeApiUrl ? [`  Kubernetes:  ${context.kubeApiUrl} (kubeconfig ${context.kubeconfig})`] : []),
    ...(context.prometheusUrl ? [`  Prometheus:  ${context.prometheusUrl} (alert rules of deploy/prometheus/rules; docs/monitoring.md)`] : []),
    `  Home:        ${options.home.dir}`,
    `  Supervisor:  pid ${context.pid}${options.supervisorLog ? `, log ${options.supervisorLog}` : ""}`,
    "",
    table,
    "Try:             troupe get nodes",
    "                 troupe apply -f examples/hello/ && troupe get deploy,pods -o wide",
    "                 troupe logs <pod>      (the hello pods print the host port they listen on)",
    "                 troupe scale deploy hello --replicas 6",
    ...(context.kubeconfig ? [`                 KUBECONFIG=${context.kubeconfig} kubectl get pods`] : []),
    stop,
    "",
  ].join("\n");
}
