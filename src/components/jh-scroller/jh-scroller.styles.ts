import { css } from 'lit';

export const scrollerStyles = css`
  :host {
    display: block;
    position: relative;
    --jh-scroller-graphic-top: 0px;
  }
  .graphic {
    position: sticky;
    inset-block-start: var(--jh-scroller-graphic-top);
    block-size: calc(100svh - var(--jh-scroller-graphic-top));
    z-index: 0;
  }
  .steps {
    position: relative;
    z-index: 1;
    margin-block-start: calc(-100svh + var(--jh-scroller-graphic-top));
    pointer-events: none;
  }
  /* Only the cards take taps: the space between them belongs to the graphic underneath. */
  ::slotted([data-step]) {
    pointer-events: none;
  }
  @media (min-width: 900px) {
    :host {
      display: grid;
      grid-template-columns: minmax(300px, 36%) 1fr;
      column-gap: 2.5rem;
    }
    .graphic {
      grid-column: 2;
      grid-row: 1;
    }
    .steps {
      grid-column: 1;
      grid-row: 1;
      margin-block-start: 0;
    }
  }
  :host([layout='flat']) {
    display: block;
  }
  :host([layout='flat']) .graphic {
    position: static;
    block-size: auto;
  }
  :host([layout='flat']) .steps {
    margin-block-start: 0;
    pointer-events: auto;
  }
  /* Flat steps hold their own graphics, which take taps. */
  :host([layout='flat']) ::slotted([data-step]) {
    pointer-events: auto;
  }
`;
