import { css } from 'lit';

export const chainFlowStyles = css`
  :host {
    --jh-chain-flow-chain: var(--jh-theme-chain, #b3541e);
  }
  .link {
    fill: none;
    stroke-opacity: 0.45;
    transition: stroke-opacity 300ms ease;
  }
  .link[data-dim] {
    stroke-opacity: 0.08;
  }
  .node[data-side='chain'] {
    fill: var(--jh-chain-flow-chain);
  }
  .node-label {
    font-size: 12px;
    fill: var(--jh-color-text, #1c1c1e);
    dominant-baseline: middle;
  }
  .node-label[data-dim] {
    fill: var(--jh-color-muted, #55555c);
  }
  .node-label[data-focus] {
    font-weight: 700;
  }
  @media (prefers-reduced-motion: reduce) {
    .link {
      transition: none;
    }
  }
`;
