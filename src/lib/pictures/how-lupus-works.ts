import type { Element } from "hast";
import { arrow, s, textLines } from "./svg";
import type { PictureDefinition } from "./types";
import { dictionaryFor } from "../i18n";

const words = dictionaryFor().pictures.howLupusWorks;

/**
 * How lupus works: two columns, "Usually" and "In lupus", three steps each, read top to
 * bottom. Each step has a small drawing and its words; the words carry the meaning.
 */

const WIDTH = 320;
const COLUMN_WIDTH = 152;
const COLUMNS = [
  { heading: words.usually, x: 4, boxClass: "pic-box" },
  { heading: words.inLupus, x: 164, boxClass: "pic-box-strong" },
] as const;
const LINE_HEIGHT = 19;
const ICON_SPACE = 50;

type Step = { lines: readonly (readonly string[])[]; icons: [(cx: number, cy: number) => Element[], (cx: number, cy: number) => Element[]] };

function antibody(cx: number, cy: number, rotate = 0): Element {
  return s("path", {
    d: "M0 14 V1 M0 1 L-11 -12 M0 1 L11 -12",
    transform: `translate(${cx} ${cy}) rotate(${rotate})`,
    className: ["pic-icon-line"],
  });
}

function germ(cx: number, cy: number): Element[] {
  const spikes = Array.from({ length: 8 }, (_, index) => {
    const angle = (index * Math.PI) / 4;
    const [x1, y1] = [cx + Math.cos(angle) * 10, cy + Math.sin(angle) * 10];
    const [x2, y2] = [cx + Math.cos(angle) * 16, cy + Math.sin(angle) * 16];
    return `M${x1.toFixed(1)} ${y1.toFixed(1)} L${x2.toFixed(1)} ${y2.toFixed(1)}`;
  }).join(" ");
  return [s("path", { d: spikes, className: ["pic-icon-stroke"] }), s("circle", { cx, cy, r: 10, className: ["pic-icon"] })];
}

function cell(cx: number, cy: number): Element[] {
  return [s("circle", { cx, cy, r: 15, className: ["pic-cell"] }), s("circle", { cx, cy, r: 5, className: ["pic-icon"] })];
}

function checkMark(cx: number, cy: number): Element[] {
  return [
    s("circle", { cx, cy, r: 16, className: ["pic-cell"] }),
    s("path", { d: `M${cx - 8} ${cy} L${cx - 2} ${cy + 7} L${cx + 9} ${cy - 7}`, className: ["pic-icon-line"] }),
  ];
}

function flame(cx: number, cy: number): Element[] {
  return [
    s("path", {
      d:
        `M${cx} ${cy + 18} C${cx - 14} ${cy + 18} ${cx - 17} ${cy + 4} ${cx - 10} ${cy - 5} ` +
        `C${cx - 9} ${cy + 2} ${cx - 6} ${cy + 4} ${cx - 4} ${cy + 3} C${cx - 7} ${cy - 7} ${cx - 2} ${cy - 15} ${cx + 4} ${cy - 20} ` +
        `C${cx + 3} ${cy - 10} ${cx + 15} ${cy - 6} ${cx + 14} ${cy + 5} C${cx + 14} ${cy + 13} ${cx + 8} ${cy + 18} ${cx} ${cy + 18} Z`,
      className: ["pic-icon"],
    }),
  ];
}

/** Each step's words ([usually, in lupus], line by line) are in the dictionary. */
const [firstStep = [], secondStep = [], thirdStep = []] = words.steps;

const STEPS: readonly Step[] = [
  {
    lines: firstStep,
    icons: [(cx, cy) => [antibody(cx, cy)], (cx, cy) => [antibody(cx, cy)]],
  },
  {
    lines: secondStep,
    icons: [
      (cx, cy) => [antibody(cx - 10, cy, 90), ...germ(cx + 16, cy)],
      (cx, cy) => [antibody(cx - 16, cy, 90), ...cell(cx + 14, cy)],
    ],
  },
  {
    lines: thirdStep,
    icons: [(cx, cy) => checkMark(cx, cy), (cx, cy) => flame(cx, cy)],
  },
];

function stepHeight(step: Step): number {
  const lineCount = Math.max(...step.lines.map((lines) => lines.length));
  return ICON_SPACE + 16 + (lineCount - 1) * LINE_HEIGHT + 12;
}

const FIRST_STEP_TOP = 46;
const STEP_GAP = 24;
const HEIGHT = FIRST_STEP_TOP + STEPS.reduce((sum, step) => sum + stepHeight(step), 0) + STEP_GAP * (STEPS.length - 1) + 4;

function draw(): Element[] {
  const elements: Element[] = [];
  for (const column of COLUMNS) {
    elements.push(
      s("rect", { x: column.x, y: 2, width: COLUMN_WIDTH, height: 32, rx: 6, className: ["pic-heading-box"] }),
      textLines(column.x + COLUMN_WIDTH / 2, 24, [column.heading], { className: "pic-text", fontSize: 17, anchor: "middle", bold: true }),
    );
  }
  let top = FIRST_STEP_TOP;
  STEPS.forEach((step, stepIndex) => {
    const height = stepHeight(step);
    COLUMNS.forEach((column, columnIndex) => {
      const cx = column.x + COLUMN_WIDTH / 2;
      elements.push(
        s("rect", { x: column.x, y: top, width: COLUMN_WIDTH, height, rx: 8, className: [column.boxClass] }),
        ...step.icons[columnIndex](cx, top + 27),
        textLines(cx, top + ICON_SPACE + 16, step.lines[columnIndex] ?? [], { className: "pic-text", anchor: "middle", lineHeight: LINE_HEIGHT }),
      );
      if (stepIndex < STEPS.length - 1) elements.push(...arrow(cx, top + height + 2, cx, top + height + 22, "pic-arrow"));
    });
    top += height + STEP_GAP;
  });
  return elements;
}

export const howLupusWorks: PictureDefinition = {
  title: words.title,
  description: words.description,
  caption: words.caption,
  width: WIDTH,
  height: HEIGHT,
  draw,
};
