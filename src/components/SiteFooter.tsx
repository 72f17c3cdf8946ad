import Link from "@/components/SiteLink";
import { ProseHtml } from "./ProseHtml";

/** The footer on every page; its disclaimer is content/site/footer.md. */
export function SiteFooter({ disclaimer }: { disclaimer: string }) {
  return (
    <footer className="mt-12 border-t border-[var(--color-border)] bg-[var(--color-surface)]">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-[var(--color-muted)]">
        <ProseHtml html={disclaimer} className="[&_strong]:text-[var(--color-text)]" />
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/about">How we write and source our pages</Link>
            </li>
            <li>
              <Link href="/caregivers">For caregivers</Link>
            </li>
            <li>
              <Link href="/clinicians">For clinicians</Link>
            </li>
            <li>
              <Link href="/glossary">Glossary</Link>
            </li>
          </ul>
        </nav>
        <p>No ads. No tracking. No cookies.</p>
      </div>
    </footer>
  );
}
