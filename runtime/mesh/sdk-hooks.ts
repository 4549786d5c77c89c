// Makes `import ... from "@troupe/sdk"` work in any Node.js workload the kubelet starts, the way a
// container image's base layer would carry the SDK: the kubelet passes
// `NODE_OPTIONS=--import=<this file>`, and this resolve hook maps the name to the mesh SDK of the
// Troupe that runs the node. Packages the image does not bring itself are then looked up where
// the SDK's own come from, so the SDK's companions (@nats-io/*, @opentelemetry/api) are
// importable too, at the versions the SDK uses.
import { registerHooks } from "node:module";

export const SDK_SPECIFIER = "@troupe/sdk";
const sdkUrl = new URL("./mod.ts", import.meta.url).href;

function isBare(specifier: string): boolean {
  return !specifier.startsWith(".") && !specifier.startsWith("/") && !specifier.includes(":");
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === SDK_SPECIFIER) return { url: sdkUrl, shortCircuit: true };
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND" || !isBare(specifier)) throw error;
      return nextResolve(specifier, { ...context, parentURL: sdkUrl });
    }
  },
});
