import { css } from 'lit';

export const chartStyles = css`
  .title {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.4;
  }
  .canvas,
  .ec {
    position: absolute;
    inset: 0;
  }
  .ec svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  /* New figures: bars (and a target's hatching) grow from the axis, then the labels appear.
     The class is only set when the reader has not asked for reduced motion. */
  @keyframes jh-grow {
    from {
      transform: scaleY(0);
    }
  }
  @keyframes jh-appear {
    from {
      opacity: 0;
    }
  }
  .ec svg.enter [data-series],
  .ec svg.enter path[fill^='url('] {
    transform-box: fill-box;
    transform-origin: 50% 100%;
    animation: jh-grow 0.5s cubic-bezier(0.33, 1, 0.68, 1) both;
  }
  :host([type='line']) .ec svg.enter g[clip-path],
  :host([type='line']) .ec svg.enter [data-series] {
    animation: jh-appear 0.5s ease-out both;
  }
  .ec svg.enter text {
    animation: jh-appear 0.3s 0.3s ease-out both;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--jh-color-muted, #55555c);
  }
  .key i {
    display: inline-block;
    inline-size: 1em;
    block-size: 0.8em;
    margin-inline-end: 0.35em;
    vertical-align: -0.05em;
  }
  .key .actual {
    background: var(--jh-theme-color, var(--jh-color-accent, #0b5d7a));
  }
  .key .target {
    border: 2px dashed var(--jh-color-target, #8a5a00);
    background: repeating-linear-gradient(-45deg, var(--jh-color-target, #8a5a00) 0 2px, transparent 2px 5px);
  }
  .key .gap {
    block-size: 0;
    border-block-start: 2px dotted var(--jh-color-muted, #55555c);
    vertical-align: middle;
  }
  .key .cumulative {
    border: 2px solid var(--jh-theme-color, var(--jh-color-accent, #0b5d7a));
  }
  .source {
    margin: 0.25em 0 0;
    font-size: 0.75em;
    color: var(--jh-color-muted, #55555c);
    line-height: 1.5;
  }
  /* The embed's footer carries the sources. */
  :host([data-framed]) .source {
    display: none;
  }
`;
