/** Knows whether out/ is up to date with its sources, so `npm start` builds only when needed. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/paths";
import { normalSiteUrl } from "./site-url";

const STAMP = path.join(".next", "lupus-guide-build.json");
const INPUTS = ["content", "src", "public", "next.config.ts", "package.json", "postcss.config.mjs"];

/** What the build depends on besides files: a different value means a different site. */
function buildSettings() {
  return {
    contentDir: contentDir(),
    // The effective address: `npm start` on another port (or another SITE_URL) means a rebuild.
    siteUrl: normalSiteUrl(process.env.SITE_URL ?? ""),
    feedback: process.env.SITE_FEEDBACK ?? "",
    history: process.env.SITE_HISTORY_URL ?? "",
  };
}

/** The newest change time of a file, or of a folder and everything in it (a folder's own time changes when a file is removed). */
function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry, { recursive: true, withFileTypes: true }).reduce(
    (newest, inner) => Math.max(newest, statSync(path.join(inner.parentPath, inner.name)).mtimeMs),
    stats.mtimeMs,
  );
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
