import { dictionaryFor } from "@/lib/i18n";

/**
 * Share and print buttons. They need public/enhance.js, so they start hidden and the script
 * shows them; without JavaScript the reader still has the address bar and the browser's print.
 */
export function PageActions() {
  const t = dictionaryFor();
  return (
    <div className="no-print my-4 flex flex-wrap gap-3" data-needs-script hidden>
      <button type="button" className="action-button" data-share-page>
        {t.pageActions.share}
      </button>
      <button type="button" className="action-button" data-print-page>
        {t.pageActions.print}
      </button>
    </div>
  );
}

/**
 * Where the copy and share controls say what they did (announced by screen readers). It also
 * hands public/enhance.js the words it says ({url} is filled in by the script).
 */
export function PageStatus() {
  const words = dictionaryFor().pageStatus;
  return (
    <p
      id="page-status"
      role="status"
      className="status-message no-print"
      data-section-link-copied={words.sectionLinkCopied}
      data-page-link-copied={words.pageLinkCopied}
      data-copy-this-address={words.copyThisAddress}
    />
  );
}
