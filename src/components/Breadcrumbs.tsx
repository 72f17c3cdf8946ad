import Link from "@/components/SiteLink";

export type Crumb = { label: string; href?: string };

/** Where the reader is: Home > Section > Page. The last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-[var(--color-muted)]">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, index) => (
          <li key={crumb.label} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
