// The Prometheus `troupe up --prometheus` runs (and the Prometheus test starts): its configuration
// and its scrape targets, both generated from the cluster's context. Pure functions; the
// supervisor writes their output (cli/cluster/prometheus-role.ts).
//
// Every role's metrics endpoint (ServiceEntry.metricsUrl in $TROUPE_HOME/context.json: plain
// HTTP on 127.0.0.1, on secure clusters too) becomes a file_sd target, so roles that come and go
// (a restart, a role added later) are picked up without restarting Prometheus. Prometheus is a
// role of the context too, so it scrapes itself the same way (job "prometheus").
import type { ServiceEntry } from "./home.ts";

/** One file_sd target group: Prometheus' `file_sd_configs` JSON format. */
export interface ScrapeTargetGroup {
  targets: string[];
  labels: Record<string, string>;
}

export interface PrometheusSetup {
  /** Scrape and rule evaluation interval, a Prometheus duration ("15s", "1s"). */
  scrapeInterval: string;
  /** The file_sd files the supervisor keeps up to date: the roles (scrapeTargetGroups' output as
   * JSON) and the annotated pods (cli/cluster/pod-scrape-targets.ts). */
  targetsFiles: readonly string[];
  /** Rule files or globs (deploy/prometheus/rules/*.rules.yml). */
  ruleFiles: readonly string[];
}

const DURATION = /^[1-9]\d*(ms|s|m|h)$/;

/** The prometheus.yml of a cluster's Prometheus, as an object (the caller serialises it). */
export function prometheusConfig(setup: PrometheusSetup): Record<string, unknown> {
  if (!DURATION.test(setup.scrapeInterval)) throw new Error(`scrape interval: Invalid value: "${setup.scrapeInterval}": must be a Prometheus duration such as 15s or 1s`);
  return {
    global: { scrape_interval: setup.scrapeInterval, evaluation_interval: setup.scrapeInterval, scrape_timeout: setup.scrapeInterval },
    rule_files: [...setup.ruleFiles],
    scrape_configs: [
      {
        job_name: "troupe",
        // Refreshed on change (inotify) and every 5 s.
        file_sd_configs: [{ files: [...setup.targetsFiles], refresh_interval: "5s" }],
      },
    ],
  };
}

/**
 * The scrape targets of a cluster: one group per role with a metrics endpoint, labelled with the
 * role's job (troupe-api, troupe-scheduler, troupe-controllers, troupe-kubelet, ...: the job names
 * of deploy/prometheus/prometheus.yml, so dashboards work on both) and the role's name.
 */
export function scrapeTargetGroups(services: readonly ServiceEntry[]): ScrapeTargetGroup[] {
  const groups: ScrapeTargetGroup[] = [];
  for (const service of services) {
    if (!service.metricsUrl) continue;
    const url = new URL(service.metricsUrl);
    if (url.protocol !== "http:") throw new Error(`${service.name}: metrics URL ${service.metricsUrl}: only plain HTTP endpoints can be scraped`);
    groups.push({ targets: [url.host], labels: { job: jobOfRole(service.name), role: service.name, __metrics_path__: url.pathname } });
  }
  return groups;
}

/** The scrape job of a `troupe up` role: its name without the copy or node suffix, prefixed troupe-. */
export function jobOfRole(role: string): string {
  if (role === "prometheus") return "prometheus";
  const base = role.startsWith("kubelet-") ? "kubelet" : role.replace(/-\d+$/, "");
  return `troupe-${base}`;
}
