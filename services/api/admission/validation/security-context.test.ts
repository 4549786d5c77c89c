import test from "ava";
import { validatePodSecurityContext, validateSecurityContext } from "./security-context.ts";

const messages = (errors: { field: string; message: string }[]) => errors.map((error) => `${error.field}: ${error.message}`);

test("securityContext ids must be in range and profile types known, a localhostProfile only with Localhost", (t) => {
  t.deepEqual(messages(validateSecurityContext({ runAsUser: -1, seccompProfile: { type: "Strict" }, appArmorProfile: { type: "Localhost" } }, "c")), [
    "c.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive",
    'c.seccompProfile.type: Unsupported value: "Strict": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
    "c.appArmorProfile.localhostProfile: Required value: must be set when seccomp type is Localhost",
  ]);
  t.deepEqual(messages(validatePodSecurityContext({ seccompProfile: { type: "RuntimeDefault", localhostProfile: "x.json" } }, "spec.securityContext")), [
    "spec.securityContext.seccompProfile.localhostProfile: Forbidden: can only be set when type is Localhost",
  ]);
  t.deepEqual(messages(validateSecurityContext({ runAsUser: 65534, runAsNonRoot: true, seccompProfile: { type: "Localhost", localhostProfile: "p.json" } }, "c")), []);
});

test("procMount is Default or Unmasked, and no escalation cannot go with privileged", (t) => {
  t.deepEqual(messages(validateSecurityContext({ procMount: "Open" }, "c")), ['c.procMount: Unsupported value: "Open": supported values: "Default", "Unmasked"']);
  const [error] = messages(validateSecurityContext({ privileged: true, allowPrivilegeEscalation: false }, "c"));
  t.regex(error, /^c: Invalid value: .*cannot set `allowPrivilegeEscalation` to false and `privileged` to true$/);
});
