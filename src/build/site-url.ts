/** The one rule for the SITE_URL setting, shared by the build (which requires it) and `npm start`. */

/** Why this SITE_URL cannot be built for, in one line; undefined when it is fine. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  const example = "e.g. SITE_URL=https://lupus.example.org npm run build";
  if (!value?.trim()) return `SITE_URL is not set: set it to the public address, ${example} (npm start sets it for you).`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `SITE_URL is not an address: ${JSON.stringify(value)}; set it to the public address, ${example}.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `SITE_URL must start with https:// (or http://): ${JSON.stringify(value)}; ${example}.`;
  if (url.search || url.hash || url.username || url.password) return `SITE_URL must be a plain address without ?query, #fragment or credentials: ${JSON.stringify(value)}; ${example}.`;
  return undefined;
}

/** The address `npm start` builds for when SITE_URL is not set: the one it serves. */
export function localSiteUrl(port: number): string {
  return `http://localhost:${port}`;
}

/** SITE_URL without trailing slashes, as src/lib/site.ts uses it. */
export function normalSiteUrl(value: string): string {
  return value.trim().replace(/\/+$/, "");
}
