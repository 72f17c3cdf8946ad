import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { localSiteUrl, siteUrlProblem } from "../../../src/build/site-url";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const BUILD = path.join(ROOT, "src/build/build.ts");

/**
 * Runs build.ts in an empty folder whose node_modules/.bin holds stand-ins for every build step
 * (tsx, next): each only writes its arguments to steps.log, so the test sees which steps ran.
 */
function runBuild(extraEnv: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "lupus-build-"));
  const bin = path.join(dir, "node_modules/.bin");
  mkdirSync(bin, { recursive: true });
  mkdirSync(path.join(dir, ".next"));
  for (const name of ["tsx", "next"]) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${dir}/steps.log"\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith("SITE_") && name !== "NODE_ENV") env[name] = value;
  const result = spawnSync(TSX, [BUILD], { cwd: dir, env: { ...env, NODE_ENV: "production", ...extraEnv }, encoding: "utf8" });
  const log = path.join(dir, "steps.log");
  return { dir, status: result.status, stderr: result.stderr, steps: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [] };
}

describe("SITE_URL", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("a production build refuses to run without it, in one line saying what to set, before any build step", () => {
    const run = runBuild({});
    dirs.push(run.dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe(siteUrlProblem(undefined));
    expect(run.stderr).toContain("SITE_URL is not set: set it to the public address, e.g. SITE_URL=https://lupus.example.org npm run build");
    expect(run.steps).toEqual([]);
  });

  it("with it, the build runs every step (the stand-ins above, so the check is not vacuous)", () => {
    const run = runBuild({ SITE_URL: "https://lupus.example.org" });
    dirs.push(run.dir);
    expect(run.status).toBe(0);
    expect(run.steps[0]).toBe("tsx src/build/subset-fonts.ts");
    expect(run.steps).toContain("next build");
  });

  it("must be an http(s) address without query, fragment or credentials", () => {
    expect(siteUrlProblem("https://lupus.example.org")).toBeUndefined();
    expect(siteUrlProblem("http://localhost:3202/")).toBeUndefined();
    expect(siteUrlProblem("  ")).toMatch(/^SITE_URL is not set/);
    expect(siteUrlProblem("lupus.example.org")).toMatch(/^SITE_URL is not an address/);
    expect(siteUrlProblem("ftp://lupus.example.org")).toMatch(/^SITE_URL must start with https:\/\//);
    expect(siteUrlProblem("https://lupus.example.org/?a=1")).toMatch(/without \?query/);
  });

  it("npm start builds for the address it serves", () => {
    expect(localSiteUrl(3202)).toBe("http://localhost:3202");
  });
});
