import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSiteFrom } from "@/lib/content/load";
import { ContentError } from "@/lib/content/errors";

export const FIXTURE_SITE = path.join(import.meta.dirname, "..", "..", "fixtures", "site");

/** A throwaway copy of the small fixture site, changed by `edit`, then loaded. */
export async function loadEditedFixture(edit: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), "lupus-guide-fixture-"));
  try {
    cpSync(FIXTURE_SITE, dir, { recursive: true });
    edit(dir);
    return await loadSiteFrom(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ContentError thrown for the edited fixture (fails the test if none is thrown). */
export async function contentErrorFor(edit: (dir: string) => void): Promise<ContentError> {
  try {
    await loadEditedFixture(edit);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected the fixture to be rejected, but it loaded");
}

/** Replaces text in a fixture file; fails loudly if the text is not there, so a test cannot pass vacuously. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const fullPath = path.join(dir, file);
  const before = readFileSync(fullPath, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit found nothing to replace in ${file}`);
  writeFileSync(fullPath, after);
}
