import { css } from 'lit';

export const countyMapStyles = css`
  :host {
    --jh-county-map-plain: var(--jh-color-neutral, #d9d5cb);
    --jh-county-map-stroke: var(--jh-color-surface, #fff);
    --jh-county-map-duration: 450ms;
  }
  /* Coloured counties carry their colour as a fill attribute (no inline styles, for strict CSPs). */
  .county:not([fill]) {
    fill: var(--jh-county-map-plain);
  }
  .county {
    stroke: var(--jh-county-map-stroke);
    stroke-width: 1.2;
    stroke-linejoin: round;
    /* Outlines are in plane units under a scale: the stroke keeps its width in px. */
    vector-effect: non-scaling-stroke;
    transition: fill var(--jh-county-map-duration) ease;
  }
  /* All text on the map: a halo in the surface colour keeps it readable over any fill. */
  .label,
  .note,
  .place-label {
    fill: var(--jh-color-text, #1c1c1e);
    paint-order: stroke;
    stroke: var(--jh-color-surface, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .label,
  .note {
    text-anchor: middle;
    dominant-baseline: middle;
  }
  .label {
    font-size: 12px;
  }
  .label[data-role='highlight'],
  .label[data-role='group'] {
    font-weight: 700;
  }
  .note {
    font-size: 12px;
  }
  .route {
    fill: none;
    stroke: var(--jh-color-highlight, #c2410c);
    stroke-width: 2.5;
    stroke-dasharray: 6 4;
  }
  .place circle {
    fill: var(--jh-color-surface, #fff);
    stroke: var(--jh-color-highlight, #c2410c);
    stroke-width: 2.5;
  }
  .place-label {
    font-size: 12px;
  }
  .legend {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    margin: 0;
    padding: 0.3em 0.5em;
    list-style: none;
    font-size: 0.8em;
    line-height: 1.6;
    background: color-mix(in srgb, var(--jh-color-surface, #fff) 88%, transparent);
    border-radius: 4px;
  }
  .legend-label {
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    border-radius: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .county {
      transition: none;
    }
  }
`;
