import test from "ava";
import { podReferences } from "./pod-references.ts";

test("a pod references the Secrets, ConfigMaps and claims of its volumes, env, envFrom and imagePullSecrets", (t) => {
  const refs = podReferences({
    metadata: { name: "web", namespace: "shop" },
    spec: {
      nodeName: "n1",
      serviceAccountName: "web",
      imagePullSecrets: [{ name: "registry" }],
      initContainers: [{ envFrom: [{ configMapRef: { name: "init-config" } }] }],
      containers: [{
        envFrom: [{ secretRef: { name: "env-secret" } }],
        env: [{ valueFrom: { secretKeyRef: { name: "password" } } }, { valueFrom: { configMapKeyRef: { name: "settings" } } }, {}],
      }],
      volumes: [
        { secret: { secretName: "tls" } },
        { configMap: { name: "nginx" } },
        { persistentVolumeClaim: { claimName: "data" } },
        { projected: { sources: [{ secret: { name: "projected-secret" } }, { configMap: { name: "kube-root-ca.crt" } }, {}] } },
      ],
    },
  });
  t.deepEqual([...refs.secrets].sort(), ["env-secret", "password", "projected-secret", "registry", "tls"]);
  t.deepEqual([...refs.configMaps].sort(), ["init-config", "kube-root-ca.crt", "nginx", "settings"]);
  t.deepEqual([...refs.persistentVolumeClaims], ["data"]);
  t.is(refs.serviceAccount, "web");
});

test("a pod naming no ServiceAccount runs as default and references nothing else", (t) => {
  const refs = podReferences({ spec: { containers: [{}] } });
  t.is(refs.serviceAccount, "default");
  t.is(refs.secrets.size + refs.configMaps.size + refs.persistentVolumeClaims.size, 0);
});
