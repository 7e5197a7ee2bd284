/**
 * Source cards where the popover API is missing (Safari before 17, so WeChat on an iPhone that has
 * not updated; Chromium before 114): a figure's button opens its card, a tap anywhere else, the
 * card's close button or Escape closes it, as a popover does. The attributes the browser would act
 * on are taken off, so the script's cards are the only ones. Loaded only where it is needed.
 */

/** The class that shows a card opened by script (global.css, `.jh-card.is-open`). */
const OPEN = 'is-open';

export function startPopoverFallback(doc: Document = document): void {
  const cards = new Map<string, HTMLElement>();
  for (const card of doc.querySelectorAll<HTMLElement>('[popover]')) {
    card.removeAttribute('popover');
    card.hidden = true;
    cards.set(card.id, card);
  }
  let opened: { card: HTMLElement; button: HTMLElement } | undefined;
  const close = (focusButton = false) => {
    if (!opened) return;
    opened.card.hidden = true;
    opened.card.classList.remove(OPEN);
    opened.button.setAttribute('aria-expanded', 'false');
    if (focusButton) opened.button.focus();
    opened = undefined;
  };
  for (const button of doc.querySelectorAll<HTMLElement>('[popovertarget]')) {
    const id = button.getAttribute('popovertarget')!;
    const hide = button.getAttribute('popovertargetaction') === 'hide';
    button.removeAttribute('popovertarget');
    button.removeAttribute('popovertargetaction');
    button.dataset['card'] = id;
    if (hide) button.dataset['cardAction'] = 'hide';
    else {
      button.setAttribute('aria-controls', id);
      button.setAttribute('aria-expanded', 'false');
    }
  }
  doc.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLElement>('[data-card]');
    const card = button ? cards.get(button.dataset['card']!) : undefined;
    if (button && card && button.dataset['cardAction'] === 'hide') return close(true);
    if (button && card) {
      const same = opened?.card === card;
      close();
      if (same) return;
      card.hidden = false;
      card.classList.add(OPEN);
      button.setAttribute('aria-expanded', 'true');
      opened = { card, button };
      return;
    }
    // A tap outside the open card closes it (a popover's light dismiss).
    if (opened && !opened.card.contains(e.target as Node)) close();
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
}
