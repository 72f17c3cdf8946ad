import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "./errors";
import { displayPath, normalizeSitePath } from "./paths";

/**
 * content/moves.yml: published addresses that moved, declared once and applied by every host
 * (src/build/serve.ts, src/build/write-hosting-files.ts, src/build/write-moved-pages.ts).
 */
const sitePath = z
  .string()
  .regex(/^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, "must be a site path such as /treatment/steroids (no trailing slash, # or ?)");

const movesSchema = z.array(
  z.strictObject({
    from: sitePath,
    to: sitePath,
    movedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
  }),
);
export type Move = z.infer<typeof movesSchema>[number];

export const MOVES_FILE = "moves.yml";

/** Reads and validates content/moves.yml (a missing file means no moves). */
export function readMoves(contentDir: string, problems: ContentProblem[]): Move[] {
  const absoluteFile = path.join(contentDir, MOVES_FILE);
  if (!existsSync(absoluteFile)) return [];
  const file = displayPath(absoluteFile);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(absoluteFile, "utf8"));
  } catch (error) {
    problems.push({ file, field: "file", message: `is not valid YAML (${(error as Error).message.split("\n")[0]})` });
    return [];
  }
  const parsed = movesSchema.safeParse(raw ?? []);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join(".") || "file", message: issue.message });
    return [];
  }
  const seen = new Set<string>();
  parsed.data.forEach((move, index) => {
    if (seen.has(move.from)) problems.push({ file, field: `${index}.from`, message: `"${move.from}" is listed twice` });
    seen.add(move.from);
  });
  return parsed.data;
}

/**
 * Rules that need the pages: the old address is no longer a page (else the move would hide it),
 * the new one is, and a move never points at another moved address (one hop only).
 */
export function checkMoves(moves: Move[], isPage: (url: string) => boolean, contentDir: string): ContentProblem[] {
  const file = displayPath(path.join(contentDir, MOVES_FILE));
  const movedFrom = new Set(moves.map((move) => move.from));
  return moves.flatMap((move, index): ContentProblem[] => {
    if (isPage(move.from)) return [{ file, field: `${index}.from`, message: `"${move.from}" is still a page; remove the page or the move` }];
    if (movedFrom.has(move.to)) return [{ file, field: `${index}.to`, message: `"${move.to}" has moved too; point at its new address` }];
    if (!isPage(move.to)) return [{ file, field: `${index}.to`, message: `"${move.to}" is not a page of the site` }];
    return [];
  });
}

/** Where a site path has moved to (fragment and query kept), or undefined. */
export function movedTarget(moves: readonly Move[], href: string): string | undefined {
  const { pathname } = normalizeSitePath(href);
  const move = moves.find((candidate) => candidate.from === pathname);
  if (!move) return undefined;
  return `${move.to}${href.slice(href.search(/[?#]|$/))}`;
}
