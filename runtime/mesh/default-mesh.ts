// Module-level shortcuts on the process's default mesh (connected from the environment on
// first use), for code that does not pass a Mesh around: `await call("orders.create", req)`.
import { defaultMesh } from "./mesh.ts";
import type { CallOptions, EmitOptions, EventHandler, SubscribeOptions, Subscription } from "./types.ts";

export async function call<Req = unknown, Res = unknown>(target: string, request?: Req, options?: CallOptions): Promise<Res> {
  return (await defaultMesh()).call<Req, Res>(target, request, options);
}

/** Fire-and-forget; resolves once the event is handed to the connection. */
export async function emit<T>(topic: string, event: T, options?: EmitOptions): Promise<void> {
  (await defaultMesh()).emit(topic, event, options);
}

export async function publishDurable<T>(topic: string, event: T, options?: EmitOptions): Promise<void> {
  return (await defaultMesh()).publishDurable(topic, event, options);
}

export async function on<T>(topic: string, handler: EventHandler<T>, options?: SubscribeOptions): Promise<Subscription> {
  return (await defaultMesh()).on(topic, handler, options);
}
