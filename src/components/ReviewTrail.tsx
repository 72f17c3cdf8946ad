import Link from "@/components/SiteLink";
import { addMonths, formatDate } from "@/lib/format";
import { HOW_WE_WORK_URL, REVIEW_CYCLE_MONTHS } from "@/lib/site";
import { feedbackHref, historyHref } from "@/lib/review-trail";
import type { Page } from "@/lib/content/types";

/**
 * When the page was last checked against its sources and when it is due again (NHS style), who
 * reviewed it clinically (only when a real review is recorded), its change history, and a way
 * to report a problem.
 */
export function ReviewTrail({ page, sectionName }: { page: Page; sectionName: string }) {
  const history = historyHref(page.file);
  const report = feedbackHref({ title: page.title, url: page.url, section: sectionName });
  return (
    <section aria-label="Review dates and corrections" className="review-trail mt-6 space-y-2">
      <p>
        <strong>Last reviewed:</strong> <time dateTime={page.lastReviewed}>{formatDate(page.lastReviewed)}</time>
        <br />
        <strong>Next review due:</strong>{" "}
        <time dateTime={addMonths(page.lastReviewed, REVIEW_CYCLE_MONTHS)}>{formatDate(addMonths(page.lastReviewed, REVIEW_CYCLE_MONTHS))}</time>
      </p>
      {page.clinicalReview && (
        <p>
          <strong>Clinical review:</strong> {page.clinicalReview.name}, {page.clinicalReview.credentials}, on{" "}
          <time dateTime={page.clinicalReview.date}>{formatDate(page.clinicalReview.date)}</time>
        </p>
      )}
      <p className="no-print">
        {history && (
          <>
            <a href={history}>See every change to this page</a>
            {" · "}
          </>
        )}
        <Link href={HOW_WE_WORK_URL}>How we make this information</Link>
      </p>
      {report && (
        <p className="no-print">
          <a href={report} data-feedback-link="">
            Report a problem with this page
          </a>{" "}
          <span className="text-[var(--color-muted)]">
            (this opens a message for you to check and send yourself; please leave out your own health details)
          </span>
        </p>
      )}
    </section>
  );
}
