/**
 * Says what just happened in the site's status region (#page-status, role="status", from the
 * layout): shown briefly on screen and read out by screen readers.
 */
export function announce(message: string) {
  const status = document.getElementById("page-status");
  if (!status) return;
  status.textContent = "";
  // A fresh text a moment later, so a repeated message is announced again.
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}
