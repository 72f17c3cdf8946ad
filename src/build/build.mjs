// `npm run build`: the static export in out/, which is the product.
import { spawnSync } from "node:child_process";
import { writeBuildStamp } from "./build-stamp.mjs";

const startedAt = Date.now();
// Telemetry off: otherwise the build tries DNS look-ups that fail on a closed network.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const result = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });
if (result.status !== 0) process.exit(result.status ?? 1);
writeBuildStamp(startedAt);
