/**
 * Source cards are popovers. Where the browser has no Popover API (Safari before 17, so WeChat on an
 * iPhone that has not updated), a script opens and closes them, loaded only there.
 */
export function ensurePopovers(): void {
  if (!('popover' in HTMLElement.prototype)) void import('../popover-fallback.ts').then((m) => m.startPopoverFallback());
}
