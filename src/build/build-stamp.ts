/** Knows whether out/ is up to date with its sources, so `npm start` builds only when needed. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { normalSiteUrl } from "./site-url";

const STAMP = path.join(".next", "lupus-guide-build.json");
const INPUTS = ["content", "src", "public", "next.config.ts", "package.json", "postcss.config.mjs"];

/** What the build depends on besides files: a different value means a different site. */
function buildSettings() {
  return {
    contentDir: path.resolve(process.env.CONTENT_DIR ?? "content"),
    // The effective address: `npm start` on another port (or another SITE_URL) means a rebuild.
    siteUrl: normalSiteUrl(process.env.SITE_URL ?? ""),
    feedback: process.env.SITE_FEEDBACK ?? "",
    history: process.env.SITE_HISTORY_URL ?? "",
  };
}

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestModification(path.join(entry, name))), stats.mtimeMs);
}

export function isBuildFresh(): boolean {
  if (!existsSync(STAMP) || !existsSync(path.join("out", "index.html"))) return false;
  const stamp: unknown = JSON.parse(readFileSync(STAMP, "utf8"));
  const settings = buildSettings();
  if (typeof stamp !== "object" || stamp === null || !("builtAt" in stamp) || typeof stamp.builtAt !== "number") return false;
  const stamped = stamp as Record<string, unknown>; // a JSON object written by writeBuildStamp below
  if (Object.entries(settings).some(([key, value]) => stamped[key] !== value)) return false;
  const builtAt = stamp.builtAt;
  return [...INPUTS, settings.contentDir].every((input) => newestModification(input) <= builtAt);
}

export function writeBuildStamp(startedAt: number): void {
  writeFileSync(STAMP, JSON.stringify({ ...buildSettings(), builtAt: startedAt }, null, 2));
}
