// Knows whether out/ is up to date with the sources, so `npm start` builds only when needed.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP = path.join(".next", "lupus-guide-build.json");
const INPUTS = ["content", "src", "public", "next.config.ts", "package.json", "postcss.config.mjs"];

/** What the build depends on besides files: a different value means a different site. */
function buildSettings() {
  return { contentDir: path.resolve(process.env.CONTENT_DIR ?? "content"), siteUrl: process.env.SITE_URL ?? "" };
}

function newestModification(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestModification(path.join(entry, name))), stats.mtimeMs);
}

export function isBuildFresh() {
  if (!existsSync(STAMP) || !existsSync(path.join("out", "index.html"))) return false;
  const stamp = JSON.parse(readFileSync(STAMP, "utf8"));
  const settings = buildSettings();
  if (stamp.contentDir !== settings.contentDir || stamp.siteUrl !== settings.siteUrl) return false;
  const inputs = [...INPUTS, settings.contentDir];
  return inputs.every((input) => newestModification(input) <= stamp.builtAt);
}

export function writeBuildStamp(startedAt) {
  writeFileSync(STAMP, JSON.stringify({ ...buildSettings(), builtAt: startedAt }, null, 2));
}
