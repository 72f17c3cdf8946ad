import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import "./globals.css";
import { atkinson } from "./fonts";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { PageStatus } from "@/components/PageActions";
import { getSite } from "@/lib/content/load";
import { SITE_URL } from "@/lib/site";
import { dictionaryFor, format } from "@/lib/i18n";

const t = dictionaryFor();

/**
 * The site's icon, written into each page as a data: address: a browser then shows it without
 * a request of its own (about 1 KB with its headers on a first visit). The file stays at /icon.svg.
 */
const ICON = `data:image/svg+xml,${encodeURIComponent(readFileSync(path.join(process.cwd(), "public", "icon.svg"), "utf8").trim())}`;

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  icons: { icon: [{ url: ICON, type: "image/svg+xml" }] },
  title: { default: t.site.name, template: format(t.site.titleTemplate, { site: t.site.name }) },
  description: t.site.tagline,
  openGraph: { siteName: t.site.name, type: "website", locale: t.openGraphLocale },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f3f5f8" },
    { media: "(prefers-color-scheme: dark)", color: "#1d2127" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { sections, prose } = await getSite();
  return (
    <html lang={t.locale} className={atkinson.variable}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--color-page)] focus:p-3 focus:font-bold"
        >
          {t.site.skipToContent}
        </a>
        <SiteHeader sections={sections} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter disclaimer={prose.footer.parts[0]} />
        <PageStatus />
        {/* A small standalone script that enhances working HTML (copy links, share, print). */}
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
