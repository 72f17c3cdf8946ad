import { absoluteUrl, FEEDBACK_DESTINATION, HISTORY_URL_TEMPLATE } from "./site";
import { dictionaryFor, format } from "./i18n";

/** What a report about a page says before the reader writes anything (and what it must not ask for). */
function feedbackMessage(page: { title: string; url: string; section: string }) {
  const words = dictionaryFor().feedback;
  return {
    subject: format(words.subject, { title: page.title }),
    body: [
      format(words.page, { title: page.title }),
      format(words.address, { url: absoluteUrl(page.url) }),
      format(words.section, { section: page.section }),
      "",
      words.whatIsWrong,
      "",
      words.source,
      "",
      words.noHealthDetails,
    ].join("\n"),
  };
}

/**
 * The "Report a problem with this page" address, filled in with the page's title, address and
 * section, or undefined when the site has no feedback destination. Nothing is sent: the
 * reader's own email program or the issue tracker opens, and the reader decides.
 */
export function feedbackHref(page: { title: string; url: string; section: string }, destination = FEEDBACK_DESTINATION): string | undefined {
  if (!destination) return undefined;
  const { subject, body } = feedbackMessage(page);
  if (destination.startsWith("mailto:")) {
    return `${destination}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(destination);
  url.searchParams.set("title", subject);
  url.searchParams.set("body", body);
  return url.toString();
}

/** The page's change history in the public repository, or undefined when none is set. */
export function historyHref(file: string, template = HISTORY_URL_TEMPLATE): string | undefined {
  return template ? template.replace("{file}", file) : undefined;
}
