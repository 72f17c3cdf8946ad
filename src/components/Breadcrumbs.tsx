import Link from "@/components/SiteLink";
import { dictionaryFor } from "@/lib/i18n";

export type Crumb = { label: string; href?: string };

/**
 * Where the reader is: Home > Section > Page. The last crumb is the current page. Each "›"
 * is joined to the end of the crumb before it by a no-break space, so when the trail wraps on
 * a phone a line never starts with "›"; the crumbs' own words still wrap.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label={dictionaryFor().breadcrumbs.navigation} className="breadcrumbs no-print mb-4 text-[var(--color-muted)]">
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.label}>
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
            {index < trail.length - 1 && (
              <span className="breadcrumb-separator" aria-hidden="true">
                {"\u00a0›"}
              </span>
            )}{" "}
          </li>
        ))}
      </ol>
    </nav>
  );
}
