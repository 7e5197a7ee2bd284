import { css } from 'lit';

/** Styles every graphic element shares: host box, inline error, data table, 示意 badge. */
export const graphicStyles = css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--jh-graphic-aspect, 4 / 3);
    min-block-size: 220px;
    color: var(--jh-color-text, #1c1c1e);
    font-family: var(--jh-font-sans, system-ui, sans-serif);
    /* Sizes inside are in em: a script embed pins this so a host page's root font size cannot reach in. */
    font-size: var(--jh-graphic-font-size, 1rem);
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  /* In an embed the frame's header names the graphic (data-framed is set by the embed). */
  :host([data-framed]) figcaption.title {
    display: none;
  }
  /* Stills (print, previews) show the graphic, not its on-screen controls. */
  :host([data-still]) details.data {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  figure {
    margin: 0;
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    overflow: hidden;
  }
  .error {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.4em;
    padding: 1em;
    text-align: center;
    border: 2px dashed var(--jh-color-highlight, #c2410c);
    border-radius: 6px;
    background: var(--jh-color-surface, #fff);
    font-size: 0.95em;
    line-height: 1.5;
  }
  .error strong {
    color: var(--jh-color-highlight, #c2410c);
  }
  .badge {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-start: 0.5em;
    font-size: 0.75em;
    padding: 0.1em 0.5em;
    border: 1px dashed var(--jh-color-muted, #55555c);
    border-radius: 3px;
    color: var(--jh-color-muted, #55555c);
    background: color-mix(in srgb, var(--jh-color-bg, #f7f5f0) 85%, transparent);
    pointer-events: none;
  }
  details.data {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-end: 0.5em;
    max-inline-size: calc(100% - 1em);
    max-block-size: calc(100% - 1em);
    overflow: auto;
    font-size: 0.8em;
    background: var(--jh-color-surface, #fff);
    border: 1px solid var(--jh-color-rule, #d6d2c8);
    border-radius: 4px;
    z-index: 2;
  }
  /* A diagram keeps the table's button in the flow under its drawing, where it covers nothing; a
     map keeps it over a corner of the map. */
  figure.diagram > details.data {
    position: static;
    align-self: flex-end;
    margin-block-start: 0.25em;
  }
  /* A touch target of 44 × 44 px at least; its own marker, as a flex summary drops the browser's. */
  details.data summary {
    display: flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
    padding: 0 0.9em;
    color: var(--jh-color-text, #1c1c1e);
    min-block-size: 44px;
    min-inline-size: 44px;
    box-sizing: border-box;
    list-style: none;
  }
  details.data summary::-webkit-details-marker {
    display: none;
  }
  details.data summary::before {
    content: '▶';
    font-size: 0.8em;
  }
  details.data[open] summary::before {
    content: '▼';
  }
  details.data table {
    border-collapse: collapse;
    margin: 0 0.5em 0.5em;
  }
  details.data th,
  details.data td {
    text-align: start;
    padding: 0.2em 0.6em 0.2em 0;
    border-block-end: 1px solid var(--jh-color-rule, #d6d2c8);
    vertical-align: top;
  }
  :focus-visible {
    outline: 3px solid var(--jh-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  /* The table's box scrolls (overflow), which would clip a ring drawn outside the summary. */
  details.data summary:focus-visible {
    outline-offset: -3px;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    color: var(--jh-color-muted, #55555c);
    font-size: 0.9em;
  }
`;
