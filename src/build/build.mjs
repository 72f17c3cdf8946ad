// `npm run build`: the static export in out/, which is the product.
import { spawnSync } from "node:child_process";
import { writeBuildStamp } from "./build-stamp.mjs";

const startedAt = Date.now();
// Telemetry off: otherwise the build tries DNS look-ups that fail on a closed network.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
/** Runs one build step; stops the build when it fails. */
function step(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("node_modules/.bin/next", ["build"]);
// Content pages ship as HTML and CSS without the framework's JavaScript.
step("node_modules/.bin/tsx", ["src/build/strip-framework.ts"]);
// The site search, indexed from the exported pages.
step("node_modules/.bin/tsx", ["src/build/search-index.ts"]);
writeBuildStamp(startedAt);
