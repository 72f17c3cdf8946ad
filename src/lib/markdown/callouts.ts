import type { PhrasingContent, Root, Text } from "mdast";
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import { isPictureName, PICTURE_NAMES } from "../pictures";
import { MEDICINE_CLASSES, MEDICINE_TABLE_VIEWS } from "../content/schema";
import { EMERGENCY_CALL } from "../emergency";

/**
 * The closed set of call-outs, named by meaning, never by colour. Each has a default title,
 * the prefix a screen reader announces before the title, and a symbol shown beside it (the
 * symbol is decoration: aria-hidden, and the words carry the meaning). The two urgent kinds
 * also show a level word ("Emergency", "Same day"), so they differ in words and border style
 * even in greyscale print (a screen reader hears the prefix instead, so the word is hidden from it).
 */
export const CALLOUT_VARIANTS = {
  emergency: { defaultTitle: EMERGENCY_CALL, srPrefix: "Emergency advice: ", icon: "!", level: "Emergency" },
  urgent: { defaultTitle: "Call your care team today", srPrefix: "Urgent advice: ", icon: "!", level: "Same day" },
  "talk-to-doctor": { defaultTitle: "Talk to your doctor", srPrefix: "Non-urgent advice: ", icon: "?", level: "" },
  note: { defaultTitle: "Good to know", srPrefix: "Note: ", icon: "i", level: "" },
} as const;
export type CalloutVariant = keyof typeof CALLOUT_VARIANTS;

export function isCalloutVariant(name: string): name is CalloutVariant {
  return Object.hasOwn(CALLOUT_VARIANTS, name);
}

/** A directive the build cannot render; the loader adds the file name. */
export class DirectiveError extends Error {}

/** Thrown for a directive the site does not know. */
export class UnknownDirectiveError extends DirectiveError {
  constructor(
    readonly directiveName: string,
    readonly line: number | undefined,
    colons: ":::" | "::" = ":::",
  ) {
    super(
      `unknown directive "${colons}${directiveName}"${onLine(line)}; ` +
        `call-outs are: ${Object.keys(CALLOUT_VARIANTS).join(", ")}; the leaf directives are ::picture{name="..."} and ::medicine-table{view="..."}`,
    );
  }
}

/** Thrown for a `::picture` directive whose name is missing or unknown, or that has other parts. */
export class PictureDirectiveError extends DirectiveError {
  constructor(
    readonly pictureName: string | undefined,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${pictureName === undefined ? "::picture" : `::picture{name="${pictureName}"}`}${onLine(line)}: ${problem}`);
  }
}

function onLine(line: number | undefined): string {
  return line ? ` on line ${line}` : "";
}

/**
 * remark plugin: turns `:::urgent[Title]` container directives into call-out markup on the
 * syntax tree (the starlight "asides" approach). Unknown container or leaf directives fail.
 * The one leaf directive, `::picture{name="body-map"}`, places a picture from
 * src/lib/pictures: it becomes an empty placeholder that rehypePictures fills after sanitising.
 * `:plain[word]` keeps a word out of the glossary links. Other text directives (`:name`) are
 * most often a colon in ordinary prose ("ratio:high"), so they are put back as typed.
 */
export function remarkCallouts() {
  return (tree: Root) => {
    const placedPictures = new Set<string>();
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
      if (node.type === "leafDirective") {
        if (node.name === "picture") transformPicture(node, placedPictures);
        else if (node.name === "medicine-table") transformMedicineTable(node);
        else throw new UnknownDirectiveError(node.name, node.position?.start.line, "::");
        return;
      }
      if (node.type !== "containerDirective") return;
      if (!isCalloutVariant(node.name)) throw new UnknownDirectiveError(node.name, node.position?.start.line);
      transformCallout(node, node.name);
    });
  };
}

/** ":name" followed by its label, if any, restored as the plain text the author typed. */
function textDirectiveAsText(node: TextDirective): Text[] {
  const label = node.children.map((child) => ("value" in child ? child.value : "")).join("");
  return [{ type: "text", value: `:${node.name}${label ? `[${label}]` : ""}` }];
}

/** The class and attribute of the placeholder a picture directive leaves for rehypePictures. */
export const PICTURE_PLACEHOLDER_CLASS = "picture-placeholder";

function transformPicture(node: LeafDirective, placed: Set<string>) {
  const line = node.position?.start.line;
  const { name, ...others } = node.attributes ?? {};
  if (!name) throw new PictureDirectiveError(undefined, line, `needs a name, one of: ${PICTURE_NAMES.join(", ")}`);
  if (!isPictureName(name)) throw new PictureDirectiveError(name, line, `unknown picture; pictures are: ${PICTURE_NAMES.join(", ")}`);
  const extra = [...Object.keys(others), ...(node.children.length > 0 ? ["[label]"] : [])];
  if (extra.length > 0) {
    throw new PictureDirectiveError(name, line, `takes only a name, not ${extra.join(", ")} (its caption and text are in src/lib/pictures)`);
  }
  if (placed.has(name)) throw new PictureDirectiveError(name, line, "is already on this page; place each picture once");
  placed.add(name);
  node.data = { hName: "div", hProperties: { className: [PICTURE_PLACEHOLDER_CLASS], dataPicture: name } };
}

/** The class of the placeholder a medicine-table directive leaves; ArticleBody puts the generated table there. */
export const MEDICINE_TABLE_PLACEHOLDER_CLASS = "medicine-table-placeholder";

/**
 * `::medicine-table{view="a-to-z"}` (optionally `class="biologic"`): a table generated from
 * the medicine pages' front matter, so no page can contradict a medicine's own page.
 */
function transformMedicineTable(node: LeafDirective) {
  const line = node.position?.start.line;
  const { view, class: medicineClass, ...others } = node.attributes ?? {};
  const fail = (problem: string) => {
    throw new DirectiveError(`::medicine-table${onLine(line)}: ${problem}`);
  };
  if (!view || !(MEDICINE_TABLE_VIEWS as readonly string[]).includes(view)) fail(`needs view="..." set to one of: ${MEDICINE_TABLE_VIEWS.join(", ")}`);
  if (medicineClass !== undefined && medicineClass !== null && !Object.hasOwn(MEDICINE_CLASSES, medicineClass)) {
    fail(`class "${medicineClass}" is not one of: ${Object.keys(MEDICINE_CLASSES).join(", ")}`);
  }
  const extra = [...Object.keys(others), ...(node.children.length > 0 ? ["[label]"] : [])];
  if (extra.length > 0) fail(`takes only view and class, not ${extra.join(", ")}`);
  node.data = {
    hName: "div",
    hProperties: { className: [MEDICINE_TABLE_PLACEHOLDER_CLASS], dataMedicineTable: view, ...(medicineClass ? { dataMedicineClass: medicineClass } : {}) },
  };
}

function transformCallout(node: ContainerDirective, variant: CalloutVariant) {
  const { defaultTitle, srPrefix, icon, level } = CALLOUT_VARIANTS[variant];
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
        ...(level
          ? [
              {
                type: "emphasis",
                data: { hName: "span", hProperties: { className: ["callout-level"], ariaHidden: "true" } },
                children: [{ type: "text", value: level }],
              },
            ]
          : []),
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

