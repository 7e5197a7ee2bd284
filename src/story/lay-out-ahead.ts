/**
 * The sections after a story (about, sources) are laid out only when they near the screen
 * (`content-visibility: auto`), so a phone's first layout skips them. Left to the browser, that
 * layout lands in the frame where the last step changes the graphic. Instead, once the reader is
 * a few screens away, each section is laid out in an idle moment of its own.
 */
import { whenIdle } from '../components/shared/schedule.ts';

/** The class that keeps a section laid out (`content-visibility: visible`). */
export const LAID_OUT = 'is-laid-out';

export function layOutAhead(sections: readonly HTMLElement[], screensAhead = 3): void {
  if (!sections.length || !('IntersectionObserver' in globalThis)) return;
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void (async () => {
        for (const section of sections) {
          await whenIdle();
          section.classList.add(LAID_OUT);
          void section.offsetHeight; // lay it out now, in this idle task
        }
      })();
    },
    { rootMargin: `0px 0px ${screensAhead * 100}% 0px` },
  );
  sections.forEach((s) => near.observe(s));
}
