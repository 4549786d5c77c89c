import test from "ava";
import { buildContainerEnv, portEnvName } from "./container-env.ts";
import { nodeContainer } from "./test-support.ts";

test("port variable names are the upper-cased port names with dashes as underscores", (t) => {
  t.is(portEnvName("http"), "PORT_HTTP");
  t.is(portEnvName("admin-http2"), "PORT_ADMIN_HTTP2");
});

test("container env layers the base, HOSTNAME, the container's env and the port variables", (t) => {
  const spec = nodeContainer("/logs", "", {
    podName: "web-1",
    env: { PATH: "/opt/bin", HOSTNAME: "custom", PORT: "80", PORT_HTTP: "80" },
    ports: [{ name: "http", containerPort: 80 }, { name: "metrics", containerPort: 9090 }],
  });
  t.deepEqual(buildContainerEnv({ PATH: "/usr/bin", LANG: "C.UTF-8" }, spec, { 80: 41000, 9090: 41001 }), {
    PATH: "/opt/bin",
    LANG: "C.UTF-8",
    HOSTNAME: "custom",
    PORT: "41000",
    PORT_HTTP: "41000",
    PORT_METRICS: "41001",
  });
});

test("container env keeps a PORT of the manifest when no port is declared", (t) => {
  const spec = nodeContainer("/logs", "", { env: { PORT: "3000" } });
  t.like(buildContainerEnv({}, spec, {}), { PORT: "3000", HOSTNAME: "web" });
});
