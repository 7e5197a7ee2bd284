/**
 * Parts of a story page wait outside layout until they near the screen (`content-visibility:
 * auto`): the steps after the first, the sections after the story and their blocks. That keeps a
 * phone's first layout short, but left to the browser a part's layout lands in the frame where it
 * nears the screen, which for a step is the frame where the graphic changes. Instead, once the
 * reader is a few screens away, each part is laid out in an idle moment of its own, in document
 * order, a section before its blocks, so no layout of text joins a step transition.
 */
import { LAID_OUT } from '../core/scroller-rules.ts';
import { nextFrame, whenIdle } from '../platform/schedule.ts';

/**
 * `parts` are watched from an idle moment after the page has loaded and painted (laid out any
 * earlier, the steps near the top would join the work before the first paint). `blocksOf(part)`
 * follow their part, each in a moment of its own: inside a part not laid out they have no boxes
 * to watch.
 */
export async function layOutAhead(
  parts: readonly HTMLElement[],
  blocksOf: (part: HTMLElement) => HTMLElement[] = () => [],
  screensAhead = 3,
): Promise<void> {
  if (!parts.length || !('IntersectionObserver' in globalThis)) return;
  const due: HTMLElement[] = [];
  let draining = false;
  const drain = async () => {
    if (draining) return;
    draining = true;
    while (due.length) {
      await whenIdle();
      due.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const part = due.shift()!;
      part.classList.add(LAID_OUT);
      void part.offsetHeight; // lay it out now, in this idle task
      due.push(...blocksOf(part));
    }
    draining = false;
  };
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await nextFrame();
  await whenIdle();
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.unobserve(e.target);
        due.push(e.target as HTMLElement);
      }
      void drain();
    },
    { rootMargin: `${screensAhead * 100}% 0px` },
  );
  parts.forEach((p) => near.observe(p));
}
