import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { toString } from "mdast-util-to-string";
import { DirectiveError } from "./callouts";

/**
 * remark plugin: structure checked on the syntax tree, before anything is rendered. It refuses
 * a call-out left open (it would swallow the rest of the page), an empty heading (it would
 * ship id=""), and an image from another site (the site makes no third-party requests).
 */
export function remarkStructureChecks() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    visit(tree, (node) => {
      const line = node.position?.start.line;
      const where = line ? ` on line ${line}` : "";
      if (node.type === "containerDirective") {
        const end = node.position?.end.offset ?? source.length;
        if (!/(^|\n)[ \t]*:::[ \t]*$/.test(source.slice(0, end).trimEnd())) {
          throw new DirectiveError(`the call-out ":::${node.name}"${where} is never closed; end it with a line of three colons (:::)`);
        }
      }
      if (node.type === "heading" && toString(node).trim() === "") {
        throw new DirectiveError(`the heading${where} is empty; give it words or remove it`);
      }
      if ((node.type === "image" || node.type === "definition") && "url" in node && node.type === "image") {
        if (!node.url.startsWith("/") || node.url.startsWith("//")) {
          throw new DirectiveError(`the image "${node.url}"${where} is not one of the site's own files; put it in public/ and link it as /images/...`);
        }
      }
    });
  };
}
