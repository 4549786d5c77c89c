// exec, attach and port-forward are Kubernetes' `create pods/exec` (pods/attach,
// pods/portforward), asked of the API's authorizer as the caller before anything is upgraded:
// being allowed to read a pod is not being allowed to run commands in it.
import type { KubeObject } from "../../../runtime/api-client.ts";
import { forbiddenError } from "../../api/authorization/forbidden.ts";
import type { FrontEndDeps } from "../handlers/handler-context.ts";

interface AccessReview extends KubeObject {
  status?: { allowed?: boolean; reason?: string };
}

interface SelfReview extends KubeObject {
  status?: { userInfo?: { username?: string; groups?: string[] } };
}

export async function authorizeConnect(deps: FrontEndDeps, target: { namespace: string; pod: string; subresource: string }): Promise<void> {
  if (!deps.authentication) return;
  const resourceAttributes = { verb: "create", group: "", resource: "pods", subresource: target.subresource, namespace: target.namespace, name: target.pod };
  const review = await deps.api.review<AccessReview>({ apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes } });
  if (review.status?.allowed) return;
  const self = await deps.api.review<SelfReview>({ apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" });
  const user = { username: self.status?.userInfo?.username ?? "system:anonymous", groups: self.status?.userInfo?.groups ?? [] };
  throw forbiddenError({ kind: "resource", user, verb: "create", apiGroup: "", resource: "pods", subresource: target.subresource, namespace: target.namespace, name: target.pod }, review.status?.reason ?? "");
}
