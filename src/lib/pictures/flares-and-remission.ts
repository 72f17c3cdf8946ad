import type { Element } from "hast";
import { arrow, s, textLines } from "./svg";
import type { PictureDefinition } from "./types";
import { dictionaryFor } from "../i18n";

const words = dictionaryFor().pictures.flaresAndRemission;

/**
 * Flares and remission: how active lupus is over time. A line rises in flares (one mild, one
 * serious, at no set interval), falls to remission, and with treatment stays in the goal
 * zone (hatched, and named in the key: never colour alone).
 */

const WIDTH = 320;
const AXIS_X = 30;
const AXIS_BOTTOM = 196;
const AXIS_TOP = 28;
const AXIS_RIGHT = 312;
const ZONE_TOP = 158;

/** The activity line, left to right: rising to a mild flare, remission, a serious flare, then low with treatment. */
const ACTIVITY =
  "M30 174 C42 174 50 102 62 102 C74 102 78 176 90 176 L150 176 C164 176 170 54 182 54 " +
  "C194 54 198 170 214 170 C236 170 250 162 268 165 C288 168 298 172 310 170";

function draw(id: (part: string) => string): Element[] {
  return [
    s("defs", {}, [
      s("pattern", { id: id("hatch"), patternUnits: "userSpaceOnUse", width: 8, height: 8 }, [
        s("path", { d: "M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6", className: ["pic-hatch"] }),
      ]),
    ]),
    // Axis title.
    textLines(4, 16, [words.axis], { className: "pic-text", fontSize: 15, bold: true }),
    // The goal zone: hatched, with a dashed top edge.
    s("rect", { x: AXIS_X, y: ZONE_TOP, width: AXIS_RIGHT - AXIS_X, height: AXIS_BOTTOM - ZONE_TOP, fill: `url(#${id("hatch")})`, className: ["pic-zone"] }),
    s("line", { x1: AXIS_X, y1: ZONE_TOP, x2: AXIS_RIGHT, y2: ZONE_TOP, className: ["pic-zone-edge"] }),
    // Axes, with arrows: up is more active, right is later.
    ...arrow(AXIS_X, AXIS_BOTTOM, AXIS_X, AXIS_TOP, "pic-axis"),
    ...arrow(AXIS_X, AXIS_BOTTOM, AXIS_RIGHT + 4, AXIS_BOTTOM, "pic-axis"),
    textLines(AXIS_RIGHT, AXIS_BOTTOM + 19, [words.time], { className: "pic-text", fontSize: 15, anchor: "end" }),
    // The activity line and its labels.
    s("path", { d: ACTIVITY, className: ["pic-activity"] }),
    textLines(38, 92, [words.mildFlare], { className: "pic-text", fontSize: 15 }),
    textLines(182, 44, [words.seriousFlare], { className: "pic-text", fontSize: 15, anchor: "middle" }),
    textLines(120, 150, [words.remission], { className: "pic-text", fontSize: 15, anchor: "middle" }),
    textLines(218, 106, words.treatment, { className: "pic-text", fontSize: 15, lineHeight: 18 }),
    ...arrow(262, 130, 262, 158, "pic-arrow"),
    // Key.
    s("rect", { x: AXIS_X, y: 226, width: 28, height: 20, fill: `url(#${id("hatch")})`, className: ["pic-zone", "pic-zone-key"] }),
    textLines(AXIS_X + 38, 241, words.goal, { className: "pic-text", fontSize: 15, lineHeight: 18 }),
  ];
}

export const flaresAndRemission: PictureDefinition = {
  title: words.title,
  description: words.description,
  caption: words.caption,
  width: WIDTH,
  height: 272,
  draw,
};
