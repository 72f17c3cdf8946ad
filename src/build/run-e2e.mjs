// `npm run test:e2e`: finds a Chromium (or gets one), then runs the Playwright tests against
// the site as `npm start` serves it. A new user needs no other step.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function playwrightsOwnChromium() {
  try {
    const path = require("playwright-core").chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? playwrightsOwnChromium();
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", timeout: 600_000 }).status === 0;
}

let chromium = findChromium();
if (!chromium) {
  console.log("No Chromium found: trying Playwright's download, then Debian's package.");
  run("node_modules/.bin/playwright", ["install", "chromium"]);
  chromium = findChromium();
}
if (!chromium && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  if (run("apt-get", ["update", "-qq"])) run("apt-get", ["install", "-y", "-qq", "chromium"]);
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    "No Chromium for the end-to-end tests: install one (`sudo apt-get install chromium` or `npx playwright install chromium`) or set CHROME_PATH to a Chrome or Chromium binary, then run `npm test` again.",
  );
  process.exit(1);
}

console.log(`End-to-end tests use ${chromium}`);
const result = spawnSync("node_modules/.bin/playwright", ["test", "--config", "tests/playwright.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, E2E_CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
