import type { PhrasingContent, Root, Text } from "mdast";
import type { ContainerDirective, TextDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";

/**
 * The closed set of call-outs, named by meaning, never by colour. Each has a default title,
 * the prefix a screen reader announces before the title, and a symbol shown beside it (the
 * symbol is decoration: aria-hidden, and the words carry the meaning).
 */
export const CALLOUT_VARIANTS = {
  emergency: { defaultTitle: "Call 911 or your local emergency number", srPrefix: "Emergency advice: ", icon: "!" },
  urgent: { defaultTitle: "Call your care team today", srPrefix: "Urgent advice: ", icon: "!" },
  "talk-to-doctor": { defaultTitle: "Talk to your doctor", srPrefix: "Non-urgent advice: ", icon: "?" },
  note: { defaultTitle: "Good to know", srPrefix: "Note: ", icon: "i" },
} as const;
export type CalloutVariant = keyof typeof CALLOUT_VARIANTS;

export function isCalloutVariant(name: string): name is CalloutVariant {
  return Object.hasOwn(CALLOUT_VARIANTS, name);
}

/** Thrown for a directive the site does not know; the loader adds the file name. */
export class UnknownDirectiveError extends Error {
  constructor(
    readonly directiveName: string,
    readonly line: number | undefined,
  ) {
    super(
      `unknown directive ":::${directiveName}"${line ? ` on line ${line}` : ""}; ` +
        `call-outs are: ${Object.keys(CALLOUT_VARIANTS).join(", ")}`,
    );
  }
}

/**
 * remark plugin: turns `:::urgent[Title]` container directives into call-out markup on the
 * syntax tree (the starlight "asides" approach). Unknown container or leaf directives fail.
 * `:plain[word]` keeps a word out of the glossary links. Other text directives (`:name`) are
 * most often a colon in ordinary prose ("ratio:high"), so they are put back as typed.
 */
export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "textDirective" && node.name === "plain") {
        // :plain[word] marks a word used in its everyday sense: never linked to the glossary.
        node.data = { hName: "span", hProperties: { className: ["no-glossary"] } };
        return;
      }
      if (node.type === "textDirective") {
        if (parent && index !== undefined) {
          // A text directive only ever sits among phrasing content, where text is allowed.
          (parent.children as PhrasingContent[]).splice(index, 1, ...textDirectiveAsText(node));
        }
        return;
      }
      if (node.type !== "containerDirective" && node.type !== "leafDirective") return;
      if (node.type === "leafDirective" || !isCalloutVariant(node.name)) {
        throw new UnknownDirectiveError(node.name, node.position?.start.line);
      }
      transformCallout(node, node.name);
    });
  };
}

/** ":name" followed by its label, if any, restored as the plain text the author typed. */
function textDirectiveAsText(node: TextDirective): Text[] {
  const label = node.children.map((child) => ("value" in child ? child.value : "")).join("");
  return [{ type: "text", value: `:${node.name}${label ? `[${label}]` : ""}` }];
}

function transformCallout(node: ContainerDirective, variant: CalloutVariant) {
  const { defaultTitle, srPrefix, icon } = CALLOUT_VARIANTS[variant];
  // remark-directive puts the [label] in a first paragraph flagged directiveLabel.
  const first = node.children[0];
  const hasLabel = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const titleChildren = hasLabel ? first.children : [{ type: "text" as const, value: defaultTitle }];
  const body = hasLabel ? node.children.slice(1) : node.children;

  node.data = {
    hName: "div",
    hProperties: { className: ["callout", `callout-${variant}`], role: "note" },
  };
  node.children = [
    {
      type: "paragraph",
      data: { hName: "p", hProperties: { className: ["callout-title"] } },
      children: [
        {
          type: "emphasis",
          data: { hName: "span", hProperties: { className: ["callout-icon"], ariaHidden: "true" } },
          children: [{ type: "text", value: icon }],
        },
        {
          type: "emphasis",
          data: { hName: "span", hProperties: { className: ["sr-only"] } },
          children: [{ type: "text", value: srPrefix }],
        },
        {
          type: "strong",
          data: { hName: "strong" },
          children: titleChildren,
        },
      ],
    },
    ...body,
  ] as ContainerDirective["children"];
}

