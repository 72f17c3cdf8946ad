import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/markdown/plain-text";

/** The text every reading grade is measured on: what a reader sees, a block a sentence or more. */
describe("the plain text of a Markdown body", () => {
  it("gives each block a line, and closes a heading, list item or table cell that has no full stop", () => {
    const text = markdownToPlainText("## What is it?\n\nA long-term illness.\n\n- joint pain\n- a rash;\n\n| Test | When |\n| --- | --- |\n| ANA | at diagnosis |\n");
    expect(text.split("\n")).toEqual(["What is it?", "A long-term illness.", "joint pain.", "a rash.", "Test.", "When.", "ANA.", "at diagnosis."]);
  });

  it("keeps a sentence's own ending, and an exclamation or question", () => {
    expect(markdownToPlainText("Call now!\n\nIs it lupus?\n\nIt is not.")).toBe("Call now!\nIs it lupus?\nIt is not.");
  });

  it("reads the words of links, emphasis and call-outs, but not their markup", () => {
    const text = markdownToPlainText(":::urgent[Call your care team today if:]\n- you have a **fever** of [100.4°F](/get-help)\n:::\n");
    expect(text).toBe("Call your care team today if.\nyou have a fever of 100.4°F.");
  });

  it("leaves out code blocks and raw HTML blocks, but reads inline code as part of its sentence", () => {
    expect(markdownToPlainText("Before.\n\n```\nconst x = 1;\n```\n\nUse `npm test` here.\n\n<div>hidden</div>\n")).toBe("Before.\nUse npm test here.");
  });

  it("joins a paragraph's lines into one, with single spaces", () => {
    expect(markdownToPlainText("One line\nand the next   line.")).toBe("One line and the next line.");
  });

  it("is empty for a body with no prose", () => {
    expect(markdownToPlainText("")).toBe("");
    expect(markdownToPlainText("```\ncode\n```\n")).toBe("");
  });
});
