/** The text of each page of a PDF, read with pdf.js (Mozilla's PDF reader), spaces collapsed. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  return pages;
}

/** The text of a PDF, all pages. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join("\n").replace(/\s+/g, " ");
}
