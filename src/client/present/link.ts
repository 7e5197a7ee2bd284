/**
 * How the audience window and the presenter window stay on the same slide. A BroadcastChannel
 * reaches every window of the deck on the site. Where there is none (Safari before 15.4, so WeChat
 * on an old iPhone) and in an offline file (a file:// page shares no channel with another), the
 * two windows that know each other, the deck and the presenter window it opened, post to each
 * other directly. A slide may arrive by both ways: going to the slide shown already does nothing.
 */
import { isDeckMessage, type DeckMessage } from './keys.ts';

export interface DeckLink {
  /** Tell the other windows the slide now shown. */
  send(slide: number): void;
  /** Open the presenter window, and keep it as a window to tell. */
  openPresenter(url: string): void;
}

export function deckLink(slug: string, onSlide: (slide: number) => void): DeckLink {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`jh-deck-${slug}`) : null;
  // The deck window that opened this one, if this is the presenter window.
  let peer: Window | null = window.opener as Window | null;
  // A file:// page's origin reads "null" and a message to it must name no origin.
  const origin = location.origin === 'null' ? '*' : location.origin;

  const receive = (data: unknown) => {
    if (isDeckMessage(data, slug)) onSlide(data.slide);
  };
  channel?.addEventListener('message', (e: MessageEvent<unknown>) => receive(e.data));
  addEventListener('message', (e: MessageEvent<unknown>) => {
    if (peer && e.source === peer && (origin === '*' || e.origin === origin)) receive(e.data);
  });

  return {
    send(slide) {
      const message: DeckMessage = { type: 'jh-deck', slug, slide };
      channel?.postMessage(message);
      if (peer && !peer.closed) peer.postMessage(message, origin);
    },
    openPresenter(url) {
      peer = window.open(url, `jh-presenter-${slug}`, 'popup,width=900,height=700') ?? peer;
    },
  };
}
