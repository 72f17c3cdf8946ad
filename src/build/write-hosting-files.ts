/** Build step: writes the hosting rules of src/build/hosting.ts for other servers into out/. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { netlifyHeadersFile, nginxSnippet } from "./hosting";
import { exportedPages } from "./exported-pages";

const pagePaths = exportedPages().map(([sitePath]) => sitePath).sort();
writeFileSync(path.join("out", "_headers"), netlifyHeadersFile(pagePaths));
mkdirSync(path.join("out", "_hosting"), { recursive: true });
writeFileSync(path.join("out", "_hosting", "nginx.conf"), nginxSnippet());
console.log("Hosting rules written: out/_headers, out/_hosting/nginx.conf");
