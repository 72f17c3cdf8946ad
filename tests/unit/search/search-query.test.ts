import { describe, expect, it } from "vitest";
import { correctionFor, excerptParts, inSiteWords, matchingSigns, meaningfulWords, oneEditApart, rankPages, stem } from "../../../public/search-query.js";

describe("reading a query", () => {
  it("drops the common words that never say what a query is about", () => {
    expect(meaningfulWords("What does it mean when my chest hurts when breathing?")).toEqual(["chest", "hurts", "breathing"]);
    expect(meaningfulWords("is lupus contagious")).toEqual(["contagious"]);
  });

  it("keeps negations that change the meaning, without their apostrophe", () => {
    expect(meaningfulWords("I can't breathe")).toEqual(["cant", "breathe"]);
  });

  it("stems word forms together but keeps different words apart", () => {
    expect(stem("breathing")).toBe(stem("breathe"));
    expect(stem("coughs")).toBe(stem("coughing"));
    expect(stem("heartburn")).not.toBe(stem("heart"));
  });
});

describe("typo correction", () => {
  const vocabulary = { words: ["plaquenil", "kinds", "children", "methotrexate"], realWords: new Set(["kids", "kind"]) };

  it("corrects a misspelt site word", () => {
    expect(oneEditApart("plaquinil", "plaquenil")).toBe(true);
    expect(correctionFor("plaquinil", vocabulary)).toBe("plaquenil");
  });

  it("never replaces a real English word with a site word", () => {
    expect(oneEditApart("kids", "kinds")).toBe(true);
    expect(correctionFor("kids", vocabulary)).toBeUndefined();
  });

  it("leaves a site word, a short word and a word still being typed alone", () => {
    expect(correctionFor("children", vocabulary)).toBeUndefined();
    expect(correctionFor("kin", vocabulary)).toBeUndefined();
    expect(correctionFor("methotrex", vocabulary)).toBeUndefined();
  });

  it.each([
    ["a letter changed", "plaquenil", "plaquanil"],
    ["a letter added", "plaquenil", "plaquenill"],
    ["a letter removed", "plaquenil", "plaqunil"],
    ["the first letter removed", "plaquenil", "laquenil"],
    ["two letters side by side swapped", "plaquenil", "plaqeunil"],
  ])("counts %s as one edit, either way round", (_kind, word, typo) => {
    expect(oneEditApart(typo, word)).toBe(true);
    expect(oneEditApart(word, typo)).toBe(true);
  });

  it.each([
    ["the same word", "plaquenil", "plaquenil"],
    ["two letters changed", "plaquenil", "plaqaenol"],
    ["two letters apart swapped", "plaquenil", "plnqueail"],
    ["two letters added", "plaquenil", "plaquenilll"],
    ["a letter added and another changed", "plaquenil", "plaquanill"],
  ])("does not count %s as one edit", (_kind, word, other) => {
    expect(oneEditApart(other, word)).toBe(false);
  });

  it("offers the most used site word when two are one edit away, and never a site word under 4 letters", () => {
    expect(correctionFor("rask", { words: ["rash", "mask"], realWords: new Set() })).toBe("rash");
    expect(correctionFor("rask", { words: ["mask", "rash"], realWords: new Set() })).toBe("mask");
    expect(correctionFor("anaa", { words: ["ana"], realWords: new Set() })).toBeUndefined();
  });

  it("offers nothing when no site word is one edit away", () => {
    expect(correctionFor("zzzzzz", vocabulary)).toBeUndefined();
  });
});

describe("warning signs described in a reader's words", () => {
  const sign = (text: string, words: string[], context: string[] = []) => ({ text, words: words.map(stem), context: context.map(stem), size: new Set(words).size, lead: stem(words[0]) });
  const chestPain = sign("Sharp chest pain when you breathe in deeply", ["sharp", "chest", "pain", "breathe", "deeply", "hurts"]);
  const seizure = sign("A seizure", ["seizure", "fits"]);
  const bellyPain = sign("Belly pain", ["belly", "pain"]);
  const mtxFever = { ...sign("Fever, muscle aches or a sore throat", ["fever", "muscle", "aches", "sore", "throat"], ["methotrexate", "trexall"]), size: 5 };
  const signs = [chestPain, seizure, mtxFever, bellyPain];

  it.each([
    ["chest hurts when breathing", chestPain],
    ["chest pain", chestPain],
    ["seizure", seizure],
    ["fever on methotrexate", mtxFever],
    ["belly pain", bellyPain],
  ])("%s shows its sign", (query, expected) => {
    expect(matchingSigns(query, signs)).toEqual([expected]);
  });

  it.each(["breathing exercises", "pain", "methotrexate", "fever", "chest x-ray", "what is lupus"])("%s shows none", (query) => {
    expect(matchingSigns(query, signs)).toEqual([]);
  });
});

describe("excerpts", () => {
  const text = "Lupus nephritis is kidney inflammation. Foamy urine can be a sign. See your care team.";

  it("show the page's own words around the match, with the match marked", () => {
    const parts = excerptParts(text, "foamy", 6);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(["Foamy"]);
    expect(parts.map((part) => part.text).join("")).toContain("Foamy urine can be");
  });

  it("mark words being typed and other forms of a word", () => {
    expect(excerptParts(text, "kidneys", 20).filter((part) => part.marked).map((part) => part.text)).toEqual(["kidney"]);
    expect(excerptParts(text, "neph", 20).filter((part) => part.marked).map((part) => part.text)).toEqual(["nephritis"]);
  });

  it("start at the beginning when only index words matched", () => {
    const parts = excerptParts(text, "pee", 4);
    expect(parts.some((part) => part.marked)).toBe(false);
    expect(parts[0].text.startsWith("Lupus nephritis")).toBe(true);
  });
});

describe("the answer without JavaScript", () => {
  const pages = [
    { url: "/a", title: "Lupus and your kidneys", description: "Foamy urine and swelling.", names: ["pee", "nephritis"] },
    { url: "/b", title: "Vaccines", description: "Which shots are safe.", names: ["flu shot"] },
  ];
  it("ranks pages by their titles, summaries and names", () => {
    expect(rankPages("foamy pee", pages).map((page) => page.url)).toEqual(["/a"]);
    expect(rankPages("flu shot", pages).map((page) => page.url)).toEqual(["/b"]);
    expect(rankPages("kidn", pages).map((page) => page.url)).toEqual(["/a"]);
    expect(rankPages("my", pages)).toEqual([]);
  });
});

describe("reading a query in the site's words", () => {
  const vocabulary = [
    { says: [["kids"]], means: "children", pages: ["/children"] },
    { says: [["fingers", "turn", "white"]], means: "raynaud's phenomenon", pages: ["/heart"] },
    { says: [["hurts"]], means: "pain", pages: ["/joints"] },
    { says: [["pee"]], means: "urine", pages: [] },
  ];

  it("replaces patient phrases with the site's words, longest first", () => {
    expect(inSiteWords("foamy pee", vocabulary).words).toEqual(["foamy", "urine"]);
    expect(inSiteWords("fingers turn white in the cold", vocabulary).words).toEqual(["raynaud's", "phenomenon", "cold"]);
  });

  it("names the home page of a whole-query phrase or a phrase of several words, not of one word among others", () => {
    expect(inSiteWords("kids with lupus", vocabulary).homes).toEqual(["/children"]);
    expect(inSiteWords("fingers turn white in the cold", vocabulary).homes).toEqual(["/heart"]);
    expect(inSiteWords("chest hurts when breathing", vocabulary).homes).toEqual([]);
  });
});
