// troupe describe KIND [NAME...]: a readable report per object, with the events about it.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { describeObject } from "../describe/describe-object.ts";
import { formatError, UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";
import { noResourcesMessage } from "./get.ts";

interface InvolvedObjectJson {
  involvedObject?: { uid?: string; kind?: string; name?: string; namespace?: string };
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const [typeName, ...names] = invocation.positionals;
  const allNamespaces = flags.boolean("all-namespaces");
  const query = {
    namespace: allNamespaces ? "" : (flags.string("namespace") ?? DEFAULT_NAMESPACE),
    allNamespaces,
    labelSelector: flags.string("selector"),
    fieldSelector: undefined,
  };
  if (names.length > 0 && query.allNamespaces) throw new UsageError("a resource cannot be retrieved by name across all namespaces");
  if (names.length > 0 && query.labelSelector) throw new UsageError("name cannot be provided when a selector is specified");
  const api = await invocation.api();
  const type = resolveResourceType(await api.discovery(), typeName);

  let failures = 0;
  const objects: KubeObject[] = [];
  if (names.length === 0) {
    objects.push(...(await api.list(type.plural, { namespace: query.namespace, labelSelector: query.labelSelector })).items);
    if (objects.length === 0) stderr.write(`${noResourcesMessage([type], query)}\n`);
  }
  for (const name of names) {
    try {
      objects.push(await api.get(type.plural, name, { namespace: query.namespace }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== "NotFound") throw error;
      stderr.write(`${formatError(error)}\n`);
      failures++;
    }
  }

  const events = await eventsByNamespace(api, objects);
  const descriptions: string[] = [];
  for (const object of objects) {
    const namespace = object.metadata?.namespace ?? "";
    descriptions.push(
      describeObject(object, {
        events: (events.get(namespace) ?? []).filter((event) => isAbout(event, object)),
        related: await relatedObjects(api, object),
        now: Date.now(),
      }),
    );
  }
  stdout.write(descriptions.join("\n"));
  return failures > 0 ? 1 : 0;
}

/** One events listing per namespace involved, rather than one per object. */
async function eventsByNamespace(api: JsonApiClient, objects: readonly KubeObject[]): Promise<Map<string, KubeObject[]>> {
  const byNamespace = new Map<string, KubeObject[]>();
  for (const namespace of new Set(objects.map((object) => object.metadata?.namespace ?? ""))) {
    try {
      // Cluster-scoped objects (nodes) get their events recorded in "default", as in Kubernetes.
      byNamespace.set(namespace, (await api.list("events", { namespace: namespace || DEFAULT_NAMESPACE })).items);
    } catch (error) {
      // A description without events is still worth showing.
      if (!(error instanceof ApiError)) throw error;
    }
  }
  return byNamespace;
}

function isAbout(event: KubeObject, object: KubeObject): boolean {
  const involved = (event as InvolvedObjectJson).involvedObject;
  if (!involved) return false;
  if (involved.uid && object.metadata?.uid) return involved.uid === object.metadata.uid;
  return involved.kind === object.kind && involved.name === object.metadata?.name;
}

/** Objects a kind's description mentions: a Service's Endpoints. */
async function relatedObjects(api: JsonApiClient, object: KubeObject): Promise<KubeObject[]> {
  if (object.kind !== "Service" || !object.metadata?.name) return [];
  try {
    return [await api.get("endpoints", object.metadata.name, { namespace: object.metadata.namespace })];
  } catch (error) {
    if (error instanceof ApiError && error.reason === "NotFound") return [];
    throw error;
  }
}
