import test from "ava";
import { formatQuantity } from "../../../../runtime/quantity-format.ts";
import { checkQuota, objectUsage, quotaMatches, totalUsage } from "./quota.ts";

const pod = (resources?: object, extra: object = {}) => ({ spec: { containers: [{ name: "c", resources }], ...extra } });
const quota = (hard: Record<string, string>, scopes?: string[]) => ({ spec: { hard, scopes } });

test("quota usage of a pod: its count, requests and limits (cpu and memory are requests)", (t) => {
  t.deepEqual(objectUsage("Pod", "pods", "", pod({ requests: { cpu: "250m", memory: "64Mi" }, limits: { cpu: "500m" } })), {
    "count/pods": 1, pods: 1, "requests.cpu": 0.25, cpu: 0.25, "requests.memory": 64 * 2 ** 20, memory: 64 * 2 ** 20, "limits.cpu": 0.5,
  });
});

test("quota usage of a claim is its count and requested storage; other kinds count as count/<resource>.<group>", (t) => {
  t.deepEqual(objectUsage("PersistentVolumeClaim", "persistentvolumeclaims", "", { spec: { resources: { requests: { storage: "1Gi" } } } }), {
    "count/persistentvolumeclaims": 1, persistentvolumeclaims: 1, "requests.storage": 2 ** 30,
  });
  t.deepEqual(objectUsage("Deployment", "deployments", "apps", {}), { "count/deployments.apps": 1 });
});

const scopeCases = [
  { scope: "BestEffort", bestEffort: true, terminating: false },
  { scope: "NotBestEffort", bestEffort: false, terminating: false },
  { scope: "Terminating", bestEffort: true, terminating: true },
  { scope: "NotTerminating", bestEffort: true, terminating: false },
];
for (const { scope, bestEffort, terminating } of scopeCases) {
  test(`quota scope ${scope} selects the pods it names and no other kind`, (t) => {
    const matching = pod(bestEffort ? undefined : { requests: { cpu: "1" } }, terminating ? { activeDeadlineSeconds: 60 } : {});
    const other = pod(bestEffort ? { requests: { cpu: "1" } } : undefined, terminating ? {} : { activeDeadlineSeconds: 60 });
    t.true(quotaMatches(quota({ pods: "1" }, [scope]), "Pod", matching));
    t.false(quotaMatches(quota({ pods: "1" }, [scope]), "Pod", scope.includes("BestEffort") ? other : pod(undefined, terminating ? {} : { activeDeadlineSeconds: 60 })));
    t.false(quotaMatches(quota({ configmaps: "1" }, [scope]), "ConfigMap", {}));
  });
}

test("quota check passes within hard and refuses beyond it with Kubernetes' message", (t) => {
  const q = quota({ pods: "2", "requests.memory": "1Gi" });
  t.is(checkQuota("compute", q, { pods: 1 }, { pods: 1 }), undefined);
  t.is(checkQuota("compute", q, { pods: 2 }, { pods: 1, "count/pods": 1 }), "exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2");
  t.is(
    checkQuota("compute", q, { pods: 2, "requests.memory": 2 ** 30 }, { pods: 1, "requests.memory": 2 ** 29 }),
    "exceeded quota: compute, requested: pods=1,requests.memory=512Mi, used: pods=2,requests.memory=1Gi, limited: pods=2,requests.memory=1Gi",
  );
});

test("quota totals keep only the resources the quota names, starting at zero", (t) => {
  t.deepEqual(totalUsage({ pods: "2", secrets: "1" }, [{ pods: 1, "count/pods": 1 }, { pods: 1 }]), { pods: 2, secrets: 0 });
});

test("quota quantities print as Kubernetes writes them", (t) => {
  t.deepEqual([0, 2, 0.25, 1.5, 2 ** 20, 3 * 2 ** 30, 1000].map(formatQuantity), ["0", "2", "250m", "1500m", "1Mi", "3Gi", "1000"]);
});
