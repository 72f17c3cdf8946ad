import ts from "typescript";

/**
 * Finds interface words written in code instead of the dictionary (src/lib/i18n), by reading
 * the source with the TypeScript compiler:
 *  - text between JSX tags that has a letter in it;
 *  - a string in an attribute a reader sees or hears (aria-label, title, alt, placeholder, the
 *    content of a <meta>, a component's label or title ...);
 *  - any other string or template that reads like words: a capitalised word ("Menu"), two
 *    words in a row ("added when needed") or a sentence ("Link copied.").
 * Left alone: class names, ids and addresses; module names; types; "use client"; and messages
 * for developers (arguments of an Error or of console.*). Non-words such as "›", "#" or "0-9"
 * never read as words.
 */

export type StrayString = { file: string; line: number; text: string; where: string };

/** Attributes whose value is read or heard by the reader: any letter in them is a word. */
const VISIBLE_ATTRIBUTES = new Set([
  "alt",
  "aria-description",
  "aria-label",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "label",
  "placeholder",
  "title",
  // The site's own components: words passed to them are shown.
  "defaultTitle",
  "heading",
  "srPrefix",
  "term",
  "text",
]);

/** Attributes that hold names for code (classes, ids, addresses, keys), never words. */
const CODE_ATTRIBUTES = new Set(["className", "id", "key", "href", "src", "rel", "type", "role", "htmlFor", "headingId", "idPrefix", "name", "method", "action", "autoComplete", "dateTime", "target", "variant", "view"]);

/** Object properties whose value is for machines (schema.org keywords, CSS, DOM names). */
const CODE_PROPERTIES = new Set(["@context", "@type", "className", "colorScheme", "fontFamily", "hName", "media", "tagName", "textAnchor", "type"]);

/** Strings that read like words but are names no reader sees. Add one only with the reason. */
const NOT_WORDS: ReadonlyMap<string, string> = new Map([["Atkinson Hyperlegible", "the name of the font file the link-preview images load"]]);

/** Helpers that build the build's error messages for authors (src/lib/markdown/callouts.ts), never shown to readers. */
const AUTHOR_MESSAGE_HELPERS = new Set(["fail", "onLine"]);

const PLACEHOLDERS = /\$\{[^}]*\}|\{\w+\}/g;

/** True when a string outside JSX text reads like words a person would read. */
export function readsLikeWords(raw: string): boolean {
  const text = raw.replace(PLACEHOLDERS, " ").trim();
  if (!/\p{L}/u.test(text) || NOT_WORDS.has(raw.trim())) return false;
  const tokens = text.split(/\s+/);
  const isWord = (token: string) => /^\(?\p{L}[\p{L}’']+[,.;:?!…)]*$/u.test(token);
  // A capitalised word that is not an identifier ("Search", "Lupus", but not "MedicalWebPage").
  if (tokens.some((token) => /^\(?\p{Lu}\p{Ll}+[\p{Ll}’'-]*[,.;:?!…)]*$/u.test(token))) return true;
  // Two words in a row ("added when needed").
  if (tokens.some((token, index) => index > 0 && isWord(token) && isWord(tokens[index - 1] ?? ""))) return true;
  // A sentence that ends in punctuation ("link copied.").
  return tokens.length > 1 && /\p{L}[.:?!…]$/u.test(text);
}

function textOf(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return node.head.text + node.templateSpans.map((span) => `\${} ${span.literal.text}`).join("");
}

function attributeName(node: ts.JsxAttribute): string {
  return ts.isIdentifier(node.name) ? node.name.text : node.name.getText();
}

function propertyName(node: ts.PropertyAssignment): string {
  const { name } = node;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** Where a string sits, or undefined when it is never shown to a reader. */
function context(node: ts.Node): { visible: boolean; where: string } | undefined {
  const helper = ts.findAncestor(node, (ancestor) => ts.isFunctionDeclaration(ancestor) && AUTHOR_MESSAGE_HELPERS.has(ancestor.name?.text ?? ""));
  if (helper) return undefined;
  for (let current: ts.Node = node; current.parent; current = current.parent) {
    const parent = current.parent;
    if (ts.isJsxAttribute(parent)) {
      const name = attributeName(parent);
      if (CODE_ATTRIBUTES.has(name)) return undefined;
      return { visible: VISIBLE_ATTRIBUTES.has(name), where: `attribute ${name}` };
    }
    // element.className = "status-note no-print"
    if (ts.isBinaryExpression(parent) && ts.isPropertyAccessExpression(parent.left) && parent.left.name.text === "className") return undefined;
    if (ts.isPropertyAssignment(parent)) {
      if (parent.name === current) return undefined;
      if (CODE_PROPERTIES.has(propertyName(parent))) return undefined;
    }
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return undefined;
    if (ts.isImportTypeNode(parent) || ts.isElementAccessExpression(parent) && parent.argumentExpression === current) return undefined;
    if (ts.isExpressionStatement(parent) && ts.isStringLiteral(current)) return undefined; // "use client"
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return undefined;
    // Messages for authors and developers: inside an Error class, or given to a helper that throws.
    if (ts.isClassDeclaration(parent) && parent.heritageClauses?.some((clause) => /Error\b/.test(clause.getText()))) return undefined;
    if (ts.isCallExpression(parent) && (parent.expression.getText() === "super" || AUTHOR_MESSAGE_HELPERS.has(parent.expression.getText()))) return undefined;
    // A list of words split into tokens (search's stop words) is data for matching, never shown.
    if (ts.isPropertyAccessExpression(parent) && parent.name.text === "split" && parent.expression === current) return undefined;
    if (ts.isCallExpression(parent) && /^console\.|^require$|^import$/.test(parent.expression.getText())) return undefined;
    if (ts.isJsxExpression(parent) && (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))) return { visible: true, where: "JSX text" };
    if (ts.isCallExpression(parent) || ts.isJsxElement(parent) || ts.isBlock(parent) || ts.isSourceFile(parent)) break;
  }
  return { visible: false, where: "string" };
}

/** The stray interface words in one source file (TypeScript, TSX or plain JavaScript). */
export function findStrayStrings(file: string, source: string): StrayString[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: StrayString[] = [];
  const report = (node: ts.Node, text: string, where: string) =>
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().replace(/\s+/g, " "), where });

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text, "JSX text");
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = textOf(node);
      const place = context(node);
      if (place && (place.visible ? /\p{L}/u.test(text.replace(PLACEHOLDERS, "")) && !NOT_WORDS.has(text) : readsLikeWords(text))) report(node, text, place.where);
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
