import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { localSiteUrl } from "../src/build/site-url";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3100);
// The server builds for the address it serves (src/build/serve.ts); the tests compute expected
// pages (a moved page's stand-in, canonical links) with the same address.
process.env.SITE_URL = localSiteUrl(port);

/** Chromium flags that keep the browser quiet on a machine with no outside network. */
const QUIET_CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    // src/build/run-e2e.mjs finds a Chromium and passes it here; unset means Playwright's own.
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM_PATH || undefined,
      args: QUIET_CHROMIUM_FLAGS,
    },
  },
  // The tests run against exactly what `npm start` serves.
  webServer: {
    command: "node_modules/.bin/tsx src/build/serve.ts",
    cwd: root,
    // Test values for the deployment settings, so the feedback and history links are built and checked.
    env: {
      PORT: String(port),
      // Empty: serve.ts builds for the address it serves (http://localhost:<port>), as `npm start` does.
      SITE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_FEEDBACK: process.env.SITE_FEEDBACK ?? "mailto:corrections@lupus-guide.test",
      SITE_HISTORY_URL: process.env.SITE_HISTORY_URL ?? "https://git.lupus-guide.test/history/main/{file}",
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
