import type { Element, ElementContent } from "hast";
import { s } from "hastscript";

/**
 * Small helpers that build SVG as a hast tree (the syntax tree the Markdown pipeline already
 * uses) with hastscript, so a picture can be inserted into a page's tree and stringified with
 * it. Property names are hast's (`strokeWidth`, `textAnchor`, `className`); the stringifier
 * writes the SVG attribute names.
 *
 * Colours are never written here: every shape and text has a class, and src/app/globals.css
 * gives each class its colours for light and dark themes, print and forced-colours mode.
 */

/** hastscript's `s`: an SVG element from its name, properties (hast's names) and children (strings become text). */
export { s };

export type TextOptions = {
  className: string;
  fontSize?: number;
  lineHeight?: number;
  anchor?: "start" | "middle" | "end";
  bold?: boolean;
};

/**
 * One text block of one or more lines, each a <tspan>, the first baseline at (x, y). Lines that
 * start at x are joined by a space between the tspans: it falls at the end of a line, where it
 * moves nothing and is not underlined, and the text then reads as one phrase ("Heart and blood
 * vessels"), so a link's visible words are its name (WCAG 2.5.3, label in name). Centred and
 * end-anchored lines are not joined: the space would shift them.
 */
export function textLines(x: number, y: number, lines: readonly string[], options: TextOptions): Element {
  const { className, fontSize = 16, lineHeight = Math.round(fontSize * 1.2), anchor = "start", bold = false } = options;
  return s(
    "text",
    {
      x,
      y,
      className: [className],
      fontSize,
      ...(anchor !== "start" && { textAnchor: anchor }),
      ...(bold && { fontWeight: 700 }),
    },
    lines.flatMap((line, index): ElementContent[] => [
      ...(index > 0 && anchor === "start" ? [{ type: "text" as const, value: " " }] : []),
      s("tspan", { x, y: y + index * lineHeight }, [line]),
    ]),
  );
}

/** An arrowhead (a filled triangle) with its tip at (x, y), pointing in the direction given in degrees (0 = right, 90 = down). */
function arrowhead(x: number, y: number, angle: number, className: string, size = 9): Element {
  return s("path", {
    d: `M0 0 L${-size} ${round(-size * 0.6)} L${-size} ${round(size * 0.6)} Z`,
    transform: `translate(${x} ${y}) rotate(${angle})`,
    className: [className],
  });
}

/** A straight arrow from (x1, y1) to (x2, y2): a line and an arrowhead at the end. */
export function arrow(x1: number, y1: number, x2: number, y2: number, className: string): Element[] {
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  const back = 7; // stop the line inside the arrowhead, so its end does not poke out of the tip
  const length = Math.hypot(x2 - x1, y2 - y1);
  const lineEndX = x2 - ((x2 - x1) / length) * back;
  const lineEndY = y2 - ((y2 - y1) / length) * back;
  return [
    s("line", { x1, y1, x2: round(lineEndX), y2: round(lineEndY), className: [className] }),
    arrowhead(x2, y2, round(angle), `${className}-head`),
  ];
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
