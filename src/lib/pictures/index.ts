import type { Element, ElementContent, Root } from "hast";
import { unified } from "unified";
import rehypeStringify from "rehype-stringify";
import { bodyMap } from "./body-map";
import { flaresAndRemission } from "./flares-and-remission";
import { howLupusWorks } from "./how-lupus-works";
import { treatmentLadder } from "./treatment-ladder";
import { s } from "./svg";
import type { PictureDefinition } from "./types";
import { dictionaryFor } from "../i18n";

export type { PictureDefinition } from "./types";

/**
 * Every picture on the site, by the name an author uses in Markdown:
 * `::picture{name="how-lupus-works"}`. One table: the drawing, the caption and the text
 * alternative live together, so a picture cannot be placed without its words.
 */
export const PICTURES = {
  "body-map": bodyMap,
  "how-lupus-works": howLupusWorks,
  "flares-and-remission": flaresAndRemission,
  "treatment-ladder": treatmentLadder,
} as const satisfies Record<string, PictureDefinition>;

export type PictureName = keyof typeof PICTURES;
export const PICTURE_NAMES = Object.keys(PICTURES) as PictureName[];

export function isPictureName(name: string): name is PictureName {
  return Object.hasOwn(PICTURES, name);
}

export type PictureOptions = {
  /** Makes the ids unique when a page holds the same picture twice (the home page uses "home"). */
  idPrefix?: string;
  /** "small" draws the picture at a smaller size (the home page). */
  size?: "full" | "small";
};

/**
 * The markup of one picture, as a hast tree: a <figure> with the SVG and a visible caption,
 * and, for a picture with links, the same links as a plain list after it (for screen readers,
 * for print, and for anyone who would rather read a list).
 *
 * An SVG without links is an image (role="img"): its name is the <title>, its description the
 * <desc>. An SVG with links is a group, so that its links stay reachable; it has the same name
 * and description.
 */
export function pictureElement(name: PictureName, options: PictureOptions = {}): Element {
  const picture: PictureDefinition = PICTURES[name];
  const size = options.size ?? "full";
  const base = `${options.idPrefix ? `${options.idPrefix}-` : ""}picture-${name}`;
  const id = (part: string) => `${base}-${part}`;
  const links = picture.links ?? [];

  const svg = s(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${picture.width} ${picture.height}`,
      className: ["picture-svg"],
      role: links.length > 0 ? "group" : "img",
      ariaLabelledBy: [id("title")],
      ariaDescribedBy: [id("desc")],
    },
    [
      s("title", { id: id("title") }, [picture.title]),
      s("desc", { id: id("desc") }, [picture.description]),
      ...picture.draw(id),
    ],
  );

  const children: ElementContent[] = [
    s("figure", { className: ["picture"] }, [svg, s("figcaption", { className: ["picture-caption"] }, [picture.caption])]),
  ];
  if (links.length > 0) {
    children.push(
      s("p", { className: ["picture-links-intro"], id: id("links") }, [picture.linksIntro ?? dictionaryFor().pictures.linksIntro]),
      s(
        "ul",
        { className: ["picture-links"], ariaLabelledBy: [id("links")] },
        links.map((link) => s("li", {}, [s("a", { href: link.href }, [link.label])])),
      ),
    );
  }
  return s("div", { className: ["picture-block", `picture-${name}`, `picture-${size}`] }, children);
}

/** The same markup as HTML, for pages built from components rather than Markdown (the home page). */
export function pictureHtml(name: PictureName, options: PictureOptions = {}): string {
  const root: Root = { type: "root", children: [pictureElement(name, options)] };
  return unified().use(rehypeStringify).stringify(root);
}
