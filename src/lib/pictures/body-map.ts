import type { Element } from "hast";
import { round, s, textLines } from "./svg";
import type { PictureDefinition } from "./types";
import { dictionaryFor } from "../i18n";

const words = dictionaryFor().pictures.bodyMap;

/**
 * The body map: an outline of a body, each part lupus can affect marked on it and linked by a
 * line to a labelled link to its symptoms page. The labels sit in one column to the right of
 * the body, head to toe, so the picture stays narrow: at 320 px its text is still about 14 px.
 */

type Area = {
  href: string;
  /** The visible label, one entry per line. */
  label: readonly string[];
  /** Where the label's line meets the drawing. */
  anchor: readonly [number, number];
  /** The shapes that mark the area on the body. */
  marks: Element[];
};

const WIDTH = 320;
const HEIGHT = 556;
const LABEL_X = 166;
const LABEL_WIDTH = 144;
const FIRST_ROW = 30;
const ROW_STEP = 55;
const LINE_HEIGHT = 19;

const mark = (tagName: string, properties: Record<string, string | number>) => s(tagName, { ...properties, className: ["pic-mark"] });

/** Head to toe: this is the order of the labels and of the Tab key. */
const AREAS: readonly Area[] = [
  {
    href: "/symptoms/brain-nerves-and-mood",
    label: words.areas["brain-nerves-and-mood"],
    anchor: [95, 34],
    marks: [
      mark("path", { d: "M80 25 C71 24 65 28 65 34 C65 40 71 43 80 43 C89 43 95 40 95 34 C95 28 89 24 80 25 Z" }),
      s("path", { d: "M80 26 V42 M72 30 Q75 33.5 72 37 M88 30 Q85 33.5 88 37", className: ["pic-mark-detail"] }),
    ],
  },
  {
    href: "/symptoms/eyes",
    label: words.areas["eyes"],
    anchor: [95.5, 50],
    marks: [mark("ellipse", { cx: 70, cy: 50, rx: 5.5, ry: 3.5 }), mark("ellipse", { cx: 90, cy: 50, rx: 5.5, ry: 3.5 })],
  },
  {
    href: "/symptoms/skin-hair-and-mouth",
    label: words.areas["skin-hair-and-mouth"],
    anchor: [91, 62],
    marks: [
      // Hair along the top of the head, and the mouth.
      s("path", { d: "M52.5 33 A30 30 0 0 1 107.5 33", className: ["pic-mark-band"] }),
      mark("path", { d: "M70 61 Q80 70 90 61 Q80 64 70 61 Z" }),
    ],
  },
  {
    href: "/symptoms/lungs",
    label: words.areas["lungs"],
    anchor: [105, 130],
    marks: [
      mark("path", { d: "M76 106 C64 106 55 122 55 148 Q55 162 67 160 L76 156 Z" }),
      mark("path", { d: "M84 106 C96 106 105 122 105 148 Q105 162 93 160 L84 156 Z" }),
    ],
  },
  {
    href: "/symptoms/heart-and-blood-vessels",
    label: words.areas["heart-and-blood-vessels"],
    anchor: [98, 146],
    marks: [
      mark("path", {
        d: "M89 161 C79 153 76 147 79.5 142.5 C82.5 139 87 139.5 89 143 C91 139.5 95.5 139 98.5 142.5 C102 147 99 153 89 161 Z",
      }),
    ],
  },
  {
    href: "/symptoms/kidneys",
    label: words.areas["kidneys"],
    anchor: [98, 212],
    marks: [
      mark("path", { d: "M68 201 C61 201 60 208 61 213 C62 219 65 224 70 223 C74 222 73 217 71 213 C70 210 74 207 73 204 C72 202 70 201 68 201 Z" }),
      mark("path", { d: "M92 201 C99 201 100 208 99 213 C98 219 95 224 90 223 C86 222 87 217 89 213 C90 210 86 207 87 204 C88 202 90 201 92 201 Z" }),
    ],
  },
  {
    href: "/symptoms/digestive-system",
    label: words.areas["digestive-system"],
    anchor: [100, 254],
    marks: [s("path", { d: "M66 237 H94 Q100 237 100 243 Q100 249 94 249 H66 Q60 249 60 255 Q60 261 66 261 H94 Q100 261 100 267 Q100 273 94 273 H70", className: ["pic-mark-band"] })],
  },
  {
    href: "/symptoms/blood-and-clotting",
    label: words.areas["blood-and-clotting"],
    anchor: [108, 332],
    marks: [mark("path", { d: "M101 317 C101 317 94 327 94 333 A7 7 0 0 0 108 333 C108 327 101 317 101 317 Z" })],
  },
  {
    href: "/symptoms/joints-and-muscles",
    label: words.areas["joints-and-muscles"],
    anchor: [104, 420],
    marks: [mark("circle", { cx: 63, cy: 420, r: 7 }), mark("circle", { cx: 97, cy: 420, r: 7 })],
  },
  {
    href: "/symptoms/whole-body",
    label: words.areas["whole-body"],
    anchor: [152, 525],
    // A dashed frame around the whole figure.
    marks: [s("rect", { x: 8, y: 6, width: 144, height: 544, rx: 14, className: ["pic-mark-frame"] })],
  },
];

/** The outline of the body: arms behind, then the torso and legs, then the head. */
function bodyOutline(): Element[] {
  const arm = "M41 100 C31 103 28 115 27 130 L20 290 C19 304 23 310 28 310 C34 310 37 304 36.5 292 L40 150 C40.5 136 42 120 44 110 Z";
  return [
    s("path", { d: arm, className: ["pic-body"] }),
    s("path", { d: arm, transform: "translate(160 0) scale(-1 1)", className: ["pic-body"] }),
    s("path", {
      d:
        "M70 72 V84 C56 85 44 89 42 104 L47 200 C47 240 43 262 44 290 L50 522 L42 538 H77 V306 Q80 300 83 306 V538 H118 " +
        "L110 522 L116 290 C117 262 113 240 113 200 L118 104 C116 89 104 85 90 84 V72 Z",
      className: ["pic-body"],
    }),
    s("circle", { cx: 80, cy: 44, r: 30, className: ["pic-body"] }),
  ];
}

function areaLink(area: Area, index: number): Element {
  const centerY = FIRST_ROW + index * ROW_STEP;
  const boxHeight = area.label.length === 1 ? 30 : 30 + (area.label.length - 1) * LINE_HEIGHT;
  const top = centerY - boxHeight / 2;
  const [anchorX, anchorY] = area.anchor;
  const ring = (className: string) =>
    s("rect", { x: LABEL_X - 4, y: top - 4, width: LABEL_WIDTH + 8, height: boxHeight + 8, rx: 9, className: [className] });
  // The label's lines joined: the link's name is exactly its visible words.
  return s("a", { href: area.href, className: ["pic-area"], ariaLabel: area.label.join(" ") }, [
    ...area.marks,
    s("line", { x1: anchorX, y1: anchorY, x2: LABEL_X, y2: centerY, className: ["pic-leader"] }),
    s("circle", { cx: anchorX, cy: anchorY, r: 2.5, className: ["pic-leader-dot"] }),
    // The focus ring: hidden until the link has keyboard focus (see globals.css).
    ring("pic-focus-outer"),
    ring("pic-focus-inner"),
    s("rect", { x: LABEL_X, y: top, width: LABEL_WIDTH, height: boxHeight, rx: 6, className: ["pic-label-box"] }),
    textLines(LABEL_X + 9, round(top + 20), area.label, { className: "pic-link-text", lineHeight: LINE_HEIGHT }),
  ]);
}

export const bodyMap: PictureDefinition = {
  title: words.title,
  description: words.description,
  caption: words.caption,
  width: WIDTH,
  height: HEIGHT,
  links: AREAS.map((area) => ({ href: area.href, label: area.label.join(" ") })),
  linksIntro: words.linksIntro,
  draw: () => [s("g", { className: ["pic-figure"] }, bodyOutline()), ...AREAS.map(areaLink)],
};
