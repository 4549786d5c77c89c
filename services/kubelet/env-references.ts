// The ConfigMap and Secret values a container's env refers to, read through the API.
import type { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";
import type { Container, Pod } from "./pod/container-spec.ts";

interface DataObject extends ApiObject {
  data?: Record<string, string | Uint8Array>;
}

function referencedObjects(container: Container): { kind: "configmap" | "secret"; name: string }[] {
  const refs: { kind: "configmap" | "secret"; name: string }[] = [];
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef?.name) refs.push({ kind: "configmap", name: source.configMapRef.name });
    if (source.secretRef?.name) refs.push({ kind: "secret", name: source.secretRef.name });
  }
  for (const variable of container.env ?? []) {
    if (variable.valueFrom?.configMapKeyRef?.name) refs.push({ kind: "configmap", name: variable.valueFrom.configMapKeyRef.name });
    if (variable.valueFrom?.secretKeyRef?.name) refs.push({ kind: "secret", name: variable.valueFrom.secretKeyRef.name });
  }
  return refs;
}

export async function envReferences(client: TypedApiClient, pod: Pod, container: Container): Promise<Record<string, string | undefined>> {
  const values: Record<string, string | undefined> = {};
  const namespace = pod.metadata?.namespace ?? "default";
  for (const { kind, name } of referencedObjects(container)) {
    const object = await client.get<DataObject>(kind === "configmap" ? "configmaps" : "secrets", namespace, name).catch(() => undefined);
    for (const [key, value] of Object.entries(object?.data ?? {})) {
      values[`${kind}/${name}/${key}`] = typeof value === "string" ? value : new TextDecoder().decode(value);
    }
  }
  return values;
}
