import { FIXED_PAGES } from "@/lib/routes";
import { dictionaryFor, format } from "@/lib/i18n";

/**
 * A plain GET form to /search: it works without JavaScript, and the search page runs the
 * query in the browser. Each form on a page needs its own id for the label.
 */
export function SearchForm({ id, defaultValue, large = false }: { id: string; defaultValue?: string; large?: boolean }) {
  const t = dictionaryFor();
  return (
    <form role="search" action={FIXED_PAGES.search.pattern} method="get" className="flex w-full max-w-xl gap-2" data-search-form={large ? "" : undefined}>
      <label htmlFor={id} className="sr-only">
        {format(t.searchForm.label, { site: t.site.name })}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t.searchForm.placeholder}
        autoComplete="off"
        className={`min-w-0 flex-1 rounded border-2 border-[var(--color-border)] bg-[var(--color-page)] px-3 ${large ? "py-3 text-lg" : "py-1.5"}`}
      />
      <button type="submit" className="action-button flex-none">
        {t.searchForm.submit}
      </button>
    </form>
  );
}
