import path from "node:path";

/**
 * The one rule from a content file to its URL. `index.md` stands for its folder:
 *   symptoms/kidneys.md -> /symptoms/kidneys
 *   symptoms/index.md   -> /symptoms
 * `relativePath` is relative to the content folder, with either separator.
 */
export function contentPathToUrl(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  const last = parts.pop();
  if (!last || !last.endsWith(".md")) throw new Error(`not a Markdown file: ${relativePath}`);
  const name = last.slice(0, -".md".length);
  if (name !== "index") parts.push(name);
  return `/${parts.join("/")}`;
}

/** A site path without its #fragment, query or trailing slash: "/a/b/#c" -> "/a/b". */
export function normalizeSitePath(href: string): { pathname: string; fragment: string | undefined } {
  const [withoutFragment, fragment] = href.split("#", 2);
  const pathname = withoutFragment.split("?")[0].replace(/\/+$/, "") || "/";
  return { pathname, fragment: fragment || undefined };
}

/** How a file is named in error messages: relative to the project, with forward slashes. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/");
}

/**
 * The content folder, as an absolute path: content/ in the project, or CONTENT_DIR when set
 * (the tests build and check a small fixture site that way). Every script and route reads it here.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "content");
}
