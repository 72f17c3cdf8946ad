// text-readability ships no types; only the call this project makes is declared.
declare module "text-readability" {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}
