/**
 * Says what just happened: public/enhance.js reads it out from the site's status region
 * (#page-status, role="status", from the layout), shows it beside `near` (the control that was
 * used) without covering anything, and clears both after a few seconds. Without that script
 * the message is only put in the status region.
 */
export function announce(message: string, near?: Element | null) {
  const handled = !document.dispatchEvent(new CustomEvent("page-status", { cancelable: true, detail: { message, near } }));
  if (handled) return;
  const status = document.getElementById("page-status");
  if (status) status.textContent = message;
}
