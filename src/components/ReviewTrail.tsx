import Link from "@/components/SiteLink";
import { addMonths, formatDate } from "@/lib/format";
import { HOW_WE_WORK_URL, REVIEW_CYCLE_MONTHS } from "@/lib/site";
import { feedbackHref, historyHref } from "@/lib/review-trail";
import type { Page } from "@/lib/content/types";
import { dictionaryFor } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

/**
 * When the page was last checked against its sources and when it is due again (NHS style), who
 * reviewed it clinically (only when a real review is recorded), its change history, and a way
 * to report a problem.
 */
export function ReviewTrail({ page, sectionName }: { page: Page; sectionName: string }) {
  const history = historyHref(page.file);
  const report = feedbackHref({ title: page.title, url: page.url, section: sectionName });
  const t = dictionaryFor();
  const words = t.reviewTrail;
  const dated = (template: string, isoDate: string, values: Record<string, string> = {}) =>
    rich(
      template,
      { label: (text) => <strong>{text}</strong>, date: (text) => <time dateTime={isoDate}>{text}</time> },
      { ...values, date: formatDate(isoDate, t.locale) },
    );
  const nextReview = addMonths(page.lastReviewed, REVIEW_CYCLE_MONTHS);
  return (
    <section aria-label={words.region} className="review-trail mt-6 space-y-2">
      <p>
        {dated(words.lastReviewed, page.lastReviewed)}
        <br />
        {dated(words.nextReviewDue, nextReview)}
      </p>
      {page.clinicalReview && (
        <p>
          {dated(words.clinicalReview, page.clinicalReview.date, { name: page.clinicalReview.name, credentials: page.clinicalReview.credentials })}
        </p>
      )}
      <p className="no-print">
        {history && (
          <>
            <a href={history}>{words.history}</a>
            {" · "}
          </>
        )}
        <Link href={HOW_WE_WORK_URL}>{words.howWeWork}</Link>
      </p>
      {report && (
        <p className="no-print">
          <a href={report} data-feedback-link="">
            {words.report}
          </a>{" "}
          <span className="text-[var(--color-muted)]">
            {words.reportNote}
          </span>
        </p>
      )}
    </section>
  );
}
