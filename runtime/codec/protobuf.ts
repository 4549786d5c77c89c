// The generated protobuf codecs, with int64 fields as plain numbers (Kubernetes int64 values —
// generations, grace periods — stay far below 2^53).
import "./protobuf-config.ts";
import { troupe } from "../../proto/gen/troupe.js";

export const messages = troupe.v1;

type MessageName = keyof typeof troupe.v1;

interface Codec {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

function codecOf(typeName: string): Codec {
  const codec = (messages as unknown as Record<string, Codec | undefined>)[typeName];
  if (!codec || typeof codec.encode !== "function") throw new Error(`no protobuf message named ${typeName}`);
  return codec;
}

export function encodeMessage(typeName: MessageName | string, message: object): Uint8Array {
  return codecOf(typeName).encode(message).finish();
}

export function decodeMessage<T = Record<string, unknown>>(typeName: MessageName | string, bytes: Uint8Array): T {
  return codecOf(typeName).decode(bytes) as T;
}
