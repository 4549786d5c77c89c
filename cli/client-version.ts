// The client version is the package version, read once from package.json.
import packageJson from "../package.json" with { type: "json" };

export const CLIENT_VERSION: string = packageJson.version;
