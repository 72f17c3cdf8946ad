import { Fragment, type ReactNode } from "react";
import { format, type Values } from "./format";

/** What each <tag> of a template becomes: the tag's words in, an element out. */
export type Tags = Record<string, (words: string) => ReactNode>;

const TAG = /<(\w+)>(.*?)<\/\1>/gs;

/**
 * A dictionary string with markup the reader sees, such as "Use the <link>appointment
 * checklist</link> to list ...": each <tag> is drawn by the component, so a translation can
 * move the link without touching code. The template is split into tags first and {values} are
 * filled in after, so text from content (a page title with "<" in it) is never read as a tag.
 */
export function rich(template: string, tags: Tags, values: Values = {}): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    const [whole, name = "", words = ""] = match;
    const draw = tags[name];
    if (!draw) throw new Error(`no element for <${name}> in "${template}"`);
    if (match.index > last) parts.push(format(template.slice(last, match.index), values));
    parts.push(draw(format(words, values)));
    last = match.index + whole.length;
  }
  if (last < template.length) parts.push(format(template.slice(last), values));
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
