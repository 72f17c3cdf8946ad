import Link from "@/components/SiteLink";
import { dictionaryFor } from "@/lib/i18n";
import { FOOTER_NAV } from "@/lib/routes";
import { ProseHtml } from "./ProseHtml";

/** The footer on every page; its disclaimer is content/site/footer.md. */
export function SiteFooter({ disclaimer }: { disclaimer: string }) {
  const t = dictionaryFor();
  return (
    <footer className="mt-12 border-t border-[var(--color-border)] bg-[var(--color-surface)]">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-[var(--color-muted)]">
        <ProseHtml html={disclaimer} className="[&_strong]:text-[var(--color-text)]" />
        <nav aria-label={t.footer.navigation}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {FOOTER_NAV.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{t.navigation[link.label]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t.footer.noTracking}</p>
      </div>
    </footer>
  );
}
