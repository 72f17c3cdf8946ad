import type { Element } from "hast";
import { s, textLines } from "./svg";
import type { PictureDefinition } from "./types";
import { dictionaryFor } from "../i18n";

const words = dictionaryFor().pictures.treatmentLadder;

/**
 * The treatment ladder, read from the bottom up: hydroxychloroquine for almost everyone,
 * steroids as a short bridge (dashed: for a short time), then immunosuppressants and
 * biologics added when needed, towards the goal at the top.
 */

const WIDTH = 320;
const LEFT_RAIL = 18;
const RIGHT_RAIL = 54;
const BOX_X = 70;
const BOX_WIDTH = 246;
const LINE_HEIGHT = 19;
const GAP = 12;

type Rung = { name: string; lines: readonly string[]; kind: "goal" | "step" | "bridge" };

/** Top to bottom, as drawn; the words of each rung are in the dictionary. */
const RUNGS: readonly Rung[] = [
  { ...words.rungs.goal, kind: "goal" },
  { ...words.rungs.biologics, kind: "step" },
  { ...words.rungs.immunosuppressants, kind: "step" },
  { ...words.rungs.steroids, kind: "bridge" },
  { ...words.rungs.hydroxychloroquine, kind: "step" },
];

const boxHeight = (rung: Rung) => 31 + rung.lines.length * LINE_HEIGHT;
const HEIGHT = 8 + RUNGS.reduce((sum, rung) => sum + boxHeight(rung), 0) + GAP * (RUNGS.length - 1) + 8;

function star(cx: number, cy: number, radius: number): Element {
  const points = Array.from({ length: 10 }, (_, index) => {
    const r = index % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(cx + Math.cos(angle) * r).toFixed(1)},${(cy + Math.sin(angle) * r).toFixed(1)}`;
  });
  return s("polygon", { points: points.join(" "), className: ["pic-icon"] });
}

function draw(): Element[] {
  const rails: Element[] = [];
  const rungs: Element[] = [];
  let top = 8;
  let goalCenter = 0;
  for (const rung of RUNGS) {
    const height = boxHeight(rung);
    const center = top + height / 2;
    const boxClass = rung.kind === "goal" ? "pic-box-strong" : rung.kind === "bridge" ? "pic-box-dashed" : "pic-box";
    if (rung.kind === "goal") {
      goalCenter = center;
      rungs.push(star((LEFT_RAIL + RIGHT_RAIL) / 2, center, 16), s("line", { x1: RIGHT_RAIL - 2, y1: center, x2: BOX_X, y2: center, className: ["pic-leader"] }));
    } else {
      const rungClass = rung.kind === "bridge" ? "pic-rung-dashed" : "pic-rung";
      rungs.push(
        s("line", { x1: LEFT_RAIL, y1: center, x2: RIGHT_RAIL, y2: center, className: [rungClass] }),
        s("line", { x1: RIGHT_RAIL, y1: center, x2: BOX_X, y2: center, className: ["pic-leader"] }),
      );
    }
    rungs.push(
      s("rect", { x: BOX_X, y: top, width: BOX_WIDTH, height, rx: 8, className: [boxClass] }),
      textLines(BOX_X + 10, top + 22, [rung.name], { className: "pic-text", bold: true }),
      textLines(BOX_X + 10, top + 22 + LINE_HEIGHT, rung.lines, { className: "pic-text", bold: rung.kind === "goal", lineHeight: LINE_HEIGHT }),
    );
    top += height + GAP;
  }
  // The rails run from just under the goal's star to the bottom.
  for (const x of [LEFT_RAIL, RIGHT_RAIL]) rails.push(s("line", { x1: x, y1: goalCenter + 22, x2: x, y2: HEIGHT - 4, className: ["pic-rail"] }));
  return [...rails, ...rungs];
}

export const treatmentLadder: PictureDefinition = {
  title: words.title,
  description: words.description,
  caption: words.caption,
  width: WIDTH,
  height: HEIGHT,
  draw,
};
