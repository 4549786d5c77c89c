// The routing table of every Ingress in the cluster, and how a request picks its backend. The
// rules are Kubernetes': a host is exact or a one-label wildcard (`*.example.com`); paths are
// Exact or Prefix (ImplementationSpecific behaves as Prefix), a Prefix matching whole path
// elements (`/foo` matches `/foo` and `/foo/bar`, not `/foobar`); the longest matching path wins
// and Exact wins a tie. An exact host is preferred to a wildcard, a wildcard to a rule with no
// host; a request that matches no rule goes to the oldest Ingress's default backend.
import type { troupe } from "../../../proto/gen/troupe.js";
import { oldestFirst } from "../../../runtime/object-age.ts";

export type IngressObject = troupe.v1.Ingress.$Properties;
export type IngressBackend = troupe.v1.IngressBackend.$Properties;

export interface IngressRoute {
  /** `<namespace>/<name>` of the Ingress: the backend lives in its namespace. */
  ingress: string;
  namespace: string;
  host: string;
  path: string;
  exact: boolean;
  backend: IngressBackend;
}

export interface RouteMatch {
  route: IngressRoute;
  /** The part of the path after a Prefix match ("" for an Exact match or a default backend). */
  rest: string;
}

type HostKind = "exact" | "wildcard" | "any";
const HOST_ORDER: readonly HostKind[] = ["exact", "wildcard", "any"];

export class IngressRouteTable {
  readonly #routes: IngressRoute[];
  readonly #defaultRoute: IngressRoute | undefined;

  constructor(ingresses: readonly IngressObject[]) {
    const ordered = [...ingresses].sort(oldestFirst);
    this.#routes = ordered.flatMap(routesOf);
    const withDefault = ordered.find((ingress) => ingress.spec?.defaultBackend);
    this.#defaultRoute = withDefault && {
      ingress: ingressKey(withDefault),
      namespace: withDefault.metadata?.namespace ?? "default",
      host: "",
      path: "/",
      exact: false,
      backend: withDefault.spec?.defaultBackend as IngressBackend,
    };
  }

  get size(): number {
    return this.#routes.length;
  }

  match(hostHeader: string, path: string): RouteMatch | undefined {
    const host = normaliseHost(hostHeader);
    for (const kind of HOST_ORDER) {
      const best = this.#bestPath(this.#routes.filter((route) => hostKind(route.host) === kind && hostMatches(route.host, host)), path);
      if (best) return best;
    }
    return this.#defaultRoute && { route: this.#defaultRoute, rest: "" };
  }

  #bestPath(routes: IngressRoute[], path: string): RouteMatch | undefined {
    let best: RouteMatch | undefined;
    for (const route of routes) {
      const rest = pathRest(route, path);
      if (rest === undefined) continue;
      const better = !best || route.path.length > best.route.path.length || (route.path.length === best.route.path.length && route.exact && !best.route.exact);
      if (better) best = { route, rest };
    }
    return best;
  }
}

function routesOf(ingress: IngressObject): IngressRoute[] {
  const routes: IngressRoute[] = [];
  for (const rule of ingress.spec?.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      if (!path.backend) continue;
      routes.push({
        ingress: ingressKey(ingress),
        namespace: ingress.metadata?.namespace ?? "default",
        host: (rule.host ?? "").toLowerCase(),
        path: path.pathType === "Exact" ? (path.path ?? "/") : trimTrailingSlash(path.path ?? "/"),
        exact: path.pathType === "Exact",
        backend: path.backend,
      });
    }
  }
  return routes;
}

/** What follows the route's path in `path`, or undefined when the route does not match. */
function pathRest(route: IngressRoute, path: string): string | undefined {
  if (route.exact) return path === route.path ? "" : undefined;
  if (route.path === "") return path.replace(/^\/+/, "");
  if (path === route.path) return "";
  if (path.startsWith(`${route.path}/`)) return path.slice(route.path.length + 1);
  return undefined;
}

function hostKind(host: string): HostKind {
  if (!host) return "any";
  return host.startsWith("*.") ? "wildcard" : "exact";
}

function hostMatches(ruleHost: string, host: string): boolean {
  if (!ruleHost) return true;
  if (!ruleHost.startsWith("*.")) return ruleHost === host;
  // A wildcard covers exactly one label: *.example.com matches a.example.com, not a.b.example.com.
  const suffix = ruleHost.slice(1);
  return host.endsWith(suffix) && host.length > suffix.length && !host.slice(0, -suffix.length).includes(".");
}

/** "Example.com:8080" → "example.com"; "[::1]:80" → "[::1]". */
function normaliseHost(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  const colon = host.lastIndexOf(":");
  return colon >= 0 ? host.slice(0, colon) : host;
}

/** "/" and "/foo/" become "" and "/foo": Prefix matching is by path element. */
function trimTrailingSlash(path: string): string {
  return path.replace(/\/+$/, "");
}

function ingressKey(ingress: IngressObject): string {
  return `${ingress.metadata?.namespace ?? "default"}/${ingress.metadata?.name ?? ""}`;
}
