// `npm start`: builds out/ if it is missing or older than its sources, then serves it on
// http://localhost:$PORT (3000 by default) with the settings in serve.json.
import { spawn, spawnSync } from "node:child_process";
import { isBuildFresh } from "./build-stamp.mjs";

if (!isBuildFresh()) {
  console.log("out/ is missing or older than its sources: building it first.");
  const build = spawnSync(process.execPath, ["src/build/build.mjs"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// The serve binary itself, not npx: stopping this process must free the port.
const server = spawn(
  "node_modules/.bin/serve",
  ["--config", "src/build/serve.json", "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-port-switching"],
  { stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
