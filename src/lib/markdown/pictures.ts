import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { isPictureName, pictureElement } from "../pictures";
import { PICTURE_PLACEHOLDER_CLASS, PictureDirectiveError } from "./callouts";

/**
 * rehype plugin: replaces each picture placeholder (left by a `::picture{name="..."}`
 * directive) with the picture's figure, SVG and caption from src/lib/pictures.
 *
 * It runs after sanitising, and after the glossary, on purpose: the SVG is project code, not
 * author HTML, so the sanitiser (which rightly drops SVG) never sees it, and the glossary does
 * not turn words inside a drawing into buttons. Only the placeholder's name comes from the
 * author, and it is checked against the table of pictures.
 */
export function rehypePictures() {
  return (tree: Root) => {
    visit(tree, "element", (element, index, parent) => {
      const className = element.properties.className;
      if (!Array.isArray(className) || !className.includes(PICTURE_PLACEHOLDER_CLASS) || !parent || index === undefined) return;
      const name = String(element.properties.dataPicture ?? "");
      if (!isPictureName(name)) throw new PictureDirectiveError(name, element.position?.start.line, "unknown picture");
      parent.children[index] = pictureElement(name);
      return "skip";
    });
  };
}
