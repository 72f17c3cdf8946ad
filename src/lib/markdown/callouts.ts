import type { PhrasingContent, Root, Text } from "mdast";
import { directiveToMarkdown, type ContainerDirective, type LeafDirective, type TextDirective } from "mdast-util-directive";
import { toMarkdown } from "mdast-util-to-markdown";
import { visit } from "unist-util-visit";
import { CALLOUT_CLASS, CALLOUT_ROLE, CALLOUT_VARIANTS, calloutClassNames, calloutHeadingLevel, calloutMarkers, isCalloutVariant, type CalloutVariant } from "../callouts/variants";
import { isPictureName, PICTURE_NAMES } from "../pictures";
import { MEDICINE_CLASSES, MEDICINE_TABLE_VIEWS } from "../content/schema";

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
    // The depth of the section being read (1: the page's own h1), for the call-out titles' level.
    let sectionDepth = 1;
    visit(tree, (node, index, parent) => {
      if (node.type === "heading") {
        sectionDepth = node.depth;
        return;
      }
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
      transformCallout(node, node.name, sectionDepth);
    });
  };
}

/** ":name" with its [label] and {attributes}, restored as the text the author typed (serialised by the directive syntax's own writer). */
function textDirectiveAsText(node: TextDirective): Text[] {
  return [{ type: "text", value: toMarkdown(node, { extensions: [directiveToMarkdown()] }).trimEnd() }];
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

/**
 * `:::urgent[Title]` -> the call-out's structure, the same as Callout.tsx renders: a box with
 * the variant's classes and role, whose title is a heading one level below its section (symbol
 * and level word hidden from screen readers, then the hidden prefix, then the title), then the body.
 */
function transformCallout(node: ContainerDirective, variant: CalloutVariant, sectionDepth: number) {
  // remark-directive puts the [label] in a first paragraph flagged directiveLabel.
  const first = node.children[0];
  const hasLabel = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const titleChildren = hasLabel ? first.children : [{ type: "text" as const, value: CALLOUT_VARIANTS[variant].defaultTitle }];
  const body = hasLabel ? node.children.slice(1) : node.children;

  node.data = { hName: "div", hProperties: { className: calloutClassNames(variant), role: CALLOUT_ROLE } };
  // An mdast paragraph given a heading's tag: a "heading" node here would count as a section of the page.
  const title = {
    type: "paragraph",
    data: { hName: `h${calloutHeadingLevel(sectionDepth)}`, hProperties: { className: [CALLOUT_CLASS.title] } },
    children: [
      ...calloutMarkers(variant).map(({ className, ariaHidden, text }) => ({
        type: "emphasis",
        data: { hName: "span", hProperties: { className: [className], ...(ariaHidden ? { ariaHidden: "true" } : {}) } },
        children: [{ type: "text", value: text }],
      })),
      { type: "emphasis", data: { hName: "span" }, children: titleChildren },
    ],
  };
  node.children = [title, ...body] as ContainerDirective["children"];
}
