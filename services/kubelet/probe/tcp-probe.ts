// A tcpSocket probe: passes when a TCP connection to the container's mapped port opens.
import { connect } from "node:net";
import { failed, passed, seconds, type ProbeOutcome } from "./probe-outcome.ts";

export function tcpProbe(host: string, port: number, timeoutMs: number): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (outcome: ProbeOutcome) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(timeoutMs, () => finish(failed(`dial tcp ${host}:${port}: i/o timeout after ${seconds(timeoutMs)}`)));
    socket.once("connect", () => finish(passed()));
    socket.once("error", (error) => finish(failed(`dial tcp ${host}:${port}: ${error.message}`)));
  });
}
