/**
 * Empty anchors with the old ids (front matter `headingAliases`) of a heading the page template
 * draws itself, placed just before it, so a section link shared before a rename still lands.
 * Body headings get theirs from the Markdown pipeline (rehypeHeadingAliases).
 */
export function HeadingAliases({ aliases, target }: { aliases?: Record<string, string>; target: string }) {
  const oldIds = Object.entries(aliases ?? {})
    .filter(([, current]) => current === target)
    .map(([oldId]) => oldId);
  return oldIds.map((id) => <span key={id} id={id} className="heading-alias" />);
}
