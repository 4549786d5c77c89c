// Namespaces that exist from the start. Every API replica ensures them; create is idempotent.
import { AlreadyExistsError } from "../../runtime/api-errors.ts";
import type { ApiContext } from "./api-context.ts";
import { createObject } from "./operations/create.ts";
import { NAMESPACES_INFO } from "./operations/object-rules.ts";

export const INITIAL_NAMESPACES = ["default", "kube-system", "troupe-system"] as const;

export async function ensureInitialNamespaces(ctx: ApiContext): Promise<void> {
  for (const name of INITIAL_NAMESPACES) {
    try {
      await createObject(ctx, NAMESPACES_INFO, { apiVersion: "v1", kind: "Namespace", metadata: { name } });
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
}
