/**
 * Share and print buttons. They need public/enhance.js, so they start hidden and the script
 * shows them; without JavaScript the reader still has the address bar and the browser's print.
 */
export function PageActions() {
  return (
    <div className="no-print my-4 flex flex-wrap gap-3" data-needs-script hidden>
      <button type="button" className="action-button" data-share-page>
        Share this page
      </button>
      <button type="button" className="action-button" data-print-page>
        Print this page
      </button>
    </div>
  );
}

/** Where the copy and share controls say what they did (announced by screen readers). */
export function PageStatus() {
  return <p id="page-status" role="status" className="status-message no-print" />;
}
