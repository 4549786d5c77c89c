// The kube-api server's stream upgrades, called from its `upgrade` handler for
// /api/v1/namespaces/NS/pods/NAME/exec and /portforward.
export { handleExecUpgrade, EXEC_PROTOCOLS } from "./exec.ts";
export { handlePortForwardUpgrade, PORT_FORWARD_PROTOCOL, PORT_FORWARD_TUNNEL_PROTOCOL } from "./port-forward.ts";
export type { StreamDeps, StreamTarget } from "./pod-target.ts";
