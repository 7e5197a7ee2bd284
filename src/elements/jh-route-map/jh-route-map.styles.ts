import { css } from 'lit';

export const routeMapStyles = css`
  :host {
    --jh-route-map-rail: var(--jh-color-accent, #0b5d7a);
    --jh-route-map-sea: var(--jh-color-highlight, #c2410c);
    --jh-route-map-project: var(--jh-color-target, #8a5a00);
    --jh-route-map-road: #7b3f98;
    --jh-route-map-water: #1f6fb2;
    --jh-route-map-link: var(--jh-theme-corridor, #6a3d9a);
    --jh-route-map-draw: 1200ms;
  }
  svg {
    background: var(--jh-color-water, #dce8ee);
  }
  .land path {
    fill: var(--jh-color-land, #e6e2d8);
    stroke: var(--jh-color-land-stroke, #b9b3a5);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .prefectures path,
  .counties path {
    fill: var(--jh-color-land, #e6e2d8);
    stroke: var(--jh-color-land-stroke, #b9b3a5);
    stroke-width: 0.8;
    vector-effect: non-scaling-stroke;
  }
  .prefectures path[data-name='金华市'],
  .counties path {
    fill: color-mix(in srgb, var(--jh-color-accent, #0b5d7a) 22%, var(--jh-color-land, #e6e2d8));
  }
  .layer {
    transition: opacity 400ms ease;
  }
  svg:is([data-extent='eurasia'], [data-extent='china']) .prefectures,
  svg:not([data-extent='jinhua']) .counties {
    opacity: 0;
  }
  .route {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-width: 2;
    opacity: 0.45;
    stroke-dasharray: 1 1;
    animation: draw var(--jh-route-map-draw) ease-out both;
    transition: opacity 300ms ease, stroke-width 300ms ease;
  }
  .route[data-focus] {
    stroke-width: 3.5;
    opacity: 1;
  }
  [data-kind='rail-freight'] {
    --kind-color: var(--jh-route-map-rail);
  }
  [data-kind='sea-rail'] {
    --kind-color: var(--jh-route-map-sea);
  }
  [data-kind='rail-project'] {
    --kind-color: var(--jh-route-map-project);
  }
  [data-kind='road-project'] {
    --kind-color: var(--jh-route-map-road);
  }
  [data-kind='waterway-project'] {
    --kind-color: var(--jh-route-map-water);
  }
  [data-kind='enclave-link'] {
    --kind-color: var(--jh-route-map-link);
  }
  .route {
    stroke: var(--kind-color);
  }
  .legend i {
    background: var(--kind-color);
  }
  @keyframes draw {
    from {
      stroke-dashoffset: 1;
    }
    to {
      stroke-dashoffset: 0;
    }
  }
  .marker circle {
    fill: var(--jh-color-surface, #fff);
    stroke: var(--jh-color-text, #1c1c1e);
    stroke-width: 1.5;
  }
  .marker[data-kind='hub'] circle,
  .marker[data-kind='port'] circle {
    fill: var(--jh-color-highlight, #c2410c);
    stroke: var(--jh-color-surface, #fff);
  }
  .label {
    font-size: 12px;
    fill: var(--jh-color-text, #1c1c1e);
    paint-order: stroke;
    stroke: var(--jh-color-bg, #f7f5f0);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .region-label {
    font-size: 12px;
    text-anchor: middle;
    fill: var(--jh-color-muted, #55555c);
    letter-spacing: 0.05em;
  }
  .route-label {
    font-weight: 700;
    fill: var(--jh-color-muted, #55555c);
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
  .legend i {
    display: inline-block;
    inline-size: 1.4em;
    block-size: 3px;
    margin-inline-end: 0.4em;
    vertical-align: middle;
  }
  /* Names are placed where a zoom lands, and fade in there. */
  .labels,
  .region-labels {
    animation: names-in 200ms ease-out;
  }
  @keyframes names-in {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .labels,
    .region-labels {
      animation: none;
    }
    .route {
      animation: none;
      stroke-dasharray: none;
    }
    .layer,
    .route {
      transition: none;
    }
  }
`;
