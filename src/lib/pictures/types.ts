import type { ElementContent } from "hast";

/** A link drawn inside a picture (the body map's areas); also listed as plain links after it. */
type PictureLink = { href: string; label: string };

/**
 * One picture: its drawing and its words. The words are the point: `title` is its accessible
 * name, `description` a text alternative that says everything the drawing says, and `caption`
 * the visible caption under it.
 */
export type PictureDefinition = {
  title: string;
  description: string;
  caption: string;
  /** The drawing's own coordinate space (the SVG viewBox). Text is drawn at 15-17 units. */
  width: number;
  height: number;
  /** Links inside the drawing, in reading (and Tab) order. A picture with links is a group, not an image. */
  links?: readonly PictureLink[];
  /** Lead-in for the plain list of the links. */
  linksIntro?: string;
  /** The SVG's content. `id` makes an id unique to this placement (for patterns and the like). */
  draw: (id: (part: string) => string) => ElementContent[];
};
