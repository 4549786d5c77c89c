// Static checks of the Grafana and Prometheus set-up of compose.yaml: every dashboard in
// deploy/grafana/dashboards is provisioned (volume mount + provider path), the Prometheus and
// Jaeger data sources exist with the uids the dashboards use, every panel's data source resolves,
// exemplars link to Jaeger, each dashboard fits Grafana's dashboard model (@grafana/schema), and
// Prometheus in compose scrapes every Troupe service, loads the rules and keeps exemplars.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import test from "ava";
import { parse } from "yaml";
import { dashboardModelErrors } from "./helpers/grafana-dashboard-model.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";

interface ComposeService {
  image?: string;
  command?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
}

interface Datasource {
  name: string;
  uid: string;
  type: string;
  url?: string;
  jsonData?: { exemplarTraceIdDestinations?: { name: string; datasourceUid: string }[] };
}

interface DatasourceRef {
  type?: string;
  uid?: string;
}

interface PanelJson {
  type: string;
  title?: string;
  datasource?: DatasourceRef;
  targets?: { datasource?: DatasourceRef; expr?: string; exemplar?: boolean }[];
  panels?: PanelJson[];
  gridPos?: { x: number; y: number; w: number; h: number };
  id?: number;
}

interface DashboardJson {
  uid: string;
  title: string;
  panels: PanelJson[];
  templating?: { list?: { name: string; datasource?: DatasourceRef }[] };
  annotations?: { list?: { datasource?: DatasourceRef }[] };
}

const readYaml = <T>(path: string): T => parse(readFileSync(join(REPO_ROOT, path), "utf8"), { merge: true }) as T;
const compose = readYaml<{ services: Record<string, ComposeService> }>("compose.yaml");
const DASHBOARD_DIR = "deploy/grafana/dashboards";
const dashboardFiles = readdirSync(join(REPO_ROOT, DASHBOARD_DIR)).sort();
const dashboardTexts = new Map(dashboardFiles.map((file) => [file, readFileSync(join(REPO_ROOT, DASHBOARD_DIR, file), "utf8")]));
const dashboards = new Map([...dashboardTexts].map(([file, text]) => [file, JSON.parse(text) as DashboardJson]));
const datasources = readdirSync(join(REPO_ROOT, "deploy/grafana/provisioning/datasources")).flatMap((file) => readYaml<{ datasources: Datasource[] }>(`deploy/grafana/provisioning/datasources/${file}`).datasources);
const GRAFANA_BUILTIN = "-- Grafana --";

/** host path (relative to the repository, ./ dropped) -> container path, of a service's bind mounts. */
function bindMounts(service: ComposeService): Map<string, string> {
  const mounts = new Map<string, string>();
  for (const volume of service.volumes ?? []) {
    const [source, target] = volume.split(":");
    if (source.startsWith("./")) mounts.set(posix.normalize(source.slice(2)), target);
  }
  return mounts;
}

function allPanels(panels: readonly PanelJson[]): PanelJson[] {
  return panels.flatMap((panel) => [panel, ...allPanels(panel.panels ?? [])]);
}

test("the dashboards directory holds the six dashboards, JSON only, each with its own uid", (t) => {
  t.deepEqual(dashboardFiles, ["troupe-api.json", "troupe-cluster.json", "troupe-control-plane.json", "troupe-mesh.json", "troupe-traffic.json", "troupe-workloads.json"]);
  const uids = [...dashboards.values()].map((dashboard) => dashboard.uid);
  t.deepEqual(uids, dashboardFiles.map((file) => file.replace(/\.json$/, "")), "uid = file name");
});

test("compose mounts the dashboards where the dashboard provider reads them, and the provisioning where Grafana looks", (t) => {
  const mounts = bindMounts(compose.services.grafana);
  t.is(mounts.get("deploy/grafana/provisioning"), "/etc/grafana/provisioning");
  const dashboardsPath = mounts.get(DASHBOARD_DIR);
  t.truthy(dashboardsPath, "deploy/grafana/dashboards is mounted into grafana");
  const providerFiles = readdirSync(join(REPO_ROOT, "deploy/grafana/provisioning/dashboards"));
  const providers = providerFiles.flatMap((file) => readYaml<{ providers: { type: string; options: { path: string } }[] }>(`deploy/grafana/provisioning/dashboards/${file}`).providers);
  t.true(providers.some((provider) => provider.type === "file" && provider.options.path === dashboardsPath), `a file provider reads ${dashboardsPath}`);
  // So every file of the directory, each dashboard, is provisioned; the home dashboard is one of them.
  const home = compose.services.grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH ?? "";
  t.true(dashboardFiles.map((file) => `${dashboardsPath}/${file}`).includes(home), `home dashboard ${home} is provisioned`);
});

test("the Prometheus and Jaeger data sources exist with fixed uids, and exemplars link to Jaeger", (t) => {
  const prometheus = datasources.find((source) => source.type === "prometheus");
  const jaeger = datasources.find((source) => source.type === "jaeger");
  t.like(prometheus, { uid: "prometheus", url: "http://prometheus:9090" });
  t.like(jaeger, { uid: "jaeger", url: "http://jaeger:16686" });
  t.deepEqual(prometheus?.jsonData?.exemplarTraceIdDestinations, [{ name: "trace_id", datasourceUid: "jaeger" }]);
  t.truthy(compose.services.prometheus && compose.services.jaeger, "compose runs both");
});

test("every panel's, query's and variable's data source resolves to a provisioned one of the same type", (t) => {
  const byUid = new Map(datasources.map((source) => [source.uid, source]));
  for (const [file, dashboard] of dashboards) {
    const refs: [string, DatasourceRef | undefined][] = [];
    for (const panel of allPanels(dashboard.panels)) {
      if (panel.type === "row") continue;
      refs.push([`${file} panel "${panel.title}"`, panel.datasource]);
      for (const target of panel.targets ?? []) refs.push([`${file} panel "${panel.title}" query`, target.datasource ?? panel.datasource]);
      t.true((panel.targets ?? []).length > 0, `${file} panel "${panel.title}" has queries`);
    }
    for (const variable of dashboard.templating?.list ?? []) refs.push([`${file} variable ${variable.name}`, variable.datasource]);
    for (const [where, ref] of refs) {
      t.truthy(ref?.uid, `${where} names its data source`);
      const source = byUid.get(ref?.uid ?? "");
      t.truthy(source, `${where}: data source uid "${ref?.uid}" is provisioned`);
      t.is(source?.type, ref?.type, `${where}: type of "${ref?.uid}"`);
    }
    for (const annotation of dashboard.annotations?.list ?? []) t.true(annotation.datasource?.uid === GRAFANA_BUILTIN || byUid.has(annotation.datasource?.uid ?? ""), `${file} annotation data source`);
  }
});

test("a latency panel shows exemplars (trace ids), and panels fit the 24-column grid without sharing ids", (t) => {
  const exemplarPanels = [...dashboards.values()].flatMap((dashboard) => allPanels(dashboard.panels)).filter((panel) => panel.targets?.some((target) => target.exemplar));
  t.true(exemplarPanels.some((panel) => panel.targets?.some((target) => target.expr?.includes("troupe_api_request_duration_seconds_bucket"))), "the API latency panel asks for exemplars");
  for (const [file, dashboard] of dashboards) {
    const panels = allPanels(dashboard.panels);
    const ids = panels.map((panel) => panel.id);
    t.is(new Set(ids).size, ids.length, `${file}: panel ids unique`);
    for (const panel of panels) t.true(panel.gridPos !== undefined && panel.gridPos.x + panel.gridPos.w <= 24, `${file} panel "${panel.title}" within the grid`);
  }
});

test("every dashboard fits Grafana's dashboard model (@grafana/schema), and the check catches a broken one", async (t) => {
  const api = JSON.parse(dashboardTexts.get("troupe-api.json")!) as Record<string, unknown>;
  const broken = new Map([
    ["unknown-field.json", { ...api, refreshh: "5s" }],
    ["wrong-type.json", { ...api, graphTooltip: "shared" }],
    ["bad-enum.json", { ...api, panels: [{ type: "timeseries", title: "x", fieldConfig: { defaults: { color: { mode: "rainbow" } }, overrides: [] } }] }],
  ].map(([name, dashboard]) => [name as string, JSON.stringify(dashboard)]));
  const errors = await dashboardModelErrors(new Map([...dashboardTexts, ...broken]));
  for (const file of dashboardFiles) t.deepEqual(errors.get(file), [], file);
  t.regex(errors.get("unknown-field.json")!.join("\n"), /'"refreshh"' does not exist in type/);
  t.regex(errors.get("wrong-type.json")!.join("\n"), /Type 'string' is not assignable to type 'DashboardCursorSync/);
  t.regex(errors.get("bad-enum.json")!.join("\n"), /Type '"rainbow"' is not assignable/);
});

test("Prometheus in compose scrapes every Troupe service, loads the alert rules and keeps exemplars", (t) => {
  const prometheus = compose.services.prometheus;
  t.true(prometheus.command?.includes("--enable-feature=exemplar-storage"));
  const mounts = bindMounts(prometheus);
  const rulesDir = mounts.get("deploy/prometheus/rules");
  t.truthy(rulesDir, "rules mounted");
  const configPath = mounts.get("deploy/prometheus/prometheus.yml");
  t.is(configPath, "/etc/prometheus/prometheus.yml");
  const config = readYaml<{ rule_files: string[]; scrape_configs: { job_name: string; dns_sd_configs?: { names: string[] }[] }[] }>("deploy/prometheus/prometheus.yml");
  t.deepEqual(config.rule_files, [`${rulesDir}/*.rules.yml`]);
  const scraped = new Set(config.scrape_configs.flatMap((job) => (job.dns_sd_configs ?? []).flatMap((sd) => sd.names)));
  const troupeServices = Object.entries(compose.services).filter(([, service]) => service.image === "troupe:dev").map(([name]) => name);
  t.true(troupeServices.length >= 4);
  for (const name of troupeServices) t.true(scraped.has(name), `compose service ${name} is scraped`);
});
