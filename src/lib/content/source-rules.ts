import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "./errors";
import { displayPath } from "./paths";
import type { Source } from "./schema";

/**
 * content/source-rules.yml: the one definition of what a page may cite (primary sources only).
 * The loader checks every source on every page against it.
 */
const hostName = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a host name such as nhs.uk");
const sourceRulesSchema = z.strictObject({
  allowed: z.record(z.string().min(1), z.array(hostName).min(1)),
  blocked: z.array(
    z.union([
      z.strictObject({ host: hostName, reason: z.string().min(1) }),
      z.strictObject({ url: z.string().min(2), reason: z.string().min(1) }),
    ]),
  ),
});
export type SourceRules = z.infer<typeof sourceRulesSchema>;

export const SOURCE_RULES_FILE = "source-rules.yml";

export function readSourceRules(contentDir: string, problems: ContentProblem[]): SourceRules | undefined {
  const absoluteFile = path.join(contentDir, SOURCE_RULES_FILE);
  const file = displayPath(absoluteFile);
  if (!existsSync(absoluteFile)) {
    problems.push({ file, field: "file", message: "is missing: it defines which sources pages may cite" });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(absoluteFile, "utf8"));
  } catch (error) {
    problems.push({ file, field: "file", message: `is not valid YAML (${(error as Error).message.split("\n")[0]})` });
    return undefined;
  }
  const parsed = sourceRulesSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join(".") || "file", message: issue.message });
    return undefined;
  }
  return parsed.data;
}

const onHost = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);

/** Why a source may not be cited, or undefined when it may. */
export function sourceProblem(rules: SourceRules, url: string): string | undefined {
  const address = new URL(url);
  const hostname = address.hostname.toLowerCase();
  if ((address.pathname === "/" || address.pathname === "") && !address.search) {
    return "is a site's home page; cite the page that supports the statement";
  }
  for (const rule of rules.blocked) {
    if ("host" in rule ? onHost(hostname, rule.host) : url.toLowerCase().includes(rule.url.toLowerCase())) {
      return `is not allowed: ${rule.reason}`;
    }
  }
  const allowed = Object.values(rules.allowed).some((hosts) => hosts.some((host) => onHost(hostname, host)));
  if (!allowed) return `is on ${hostname}, which is not a host that may be cited (add it to content/${SOURCE_RULES_FILE} only if it is a primary source)`;
  return undefined;
}

/** Every source of every page, checked; problems name the file, the source and the reason. */
export function checkSources(pages: { file: string; sources?: Source[] }[], rules: SourceRules): ContentProblem[] {
  return pages.flatMap((page) =>
    (page.sources ?? []).flatMap((source, index): ContentProblem[] => {
      const problem = sourceProblem(rules, source.url);
      return problem ? [{ file: page.file, field: `sources.${index}.url`, message: `"${source.url}" ${problem}` }] : [];
    }),
  );
}
