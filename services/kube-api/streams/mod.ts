// The kube-api server's stream upgrades, called from its `upgrade` handler for
// /api/v1/namespaces/NS/pods/NAME/exec, /attach and /portforward.
export { handleAttachUpgrade } from "./attach.ts";
export { handleExecUpgrade } from "./exec.ts";
export { REMOTE_COMMAND_PROTOCOLS, SPDY_REMOTE_COMMAND_PROTOCOLS } from "./remote-command.ts";
export { handlePortForwardUpgrade, PORT_FORWARD_PROTOCOL, PORT_FORWARD_TUNNEL_PROTOCOL } from "./port-forward.ts";
export type { StreamDeps, StreamTarget } from "./pod-target.ts";
