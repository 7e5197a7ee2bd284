import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SizeController } from '../internal/size-controller.ts';
import { Stages } from '../internal/stages.ts';
import type { Figure } from '../../core/schema/data.ts';
import { formatFigure, KIND_LABEL } from '../../core/text/format.ts';
import { round, textWidth } from '../../core/text/measure.ts';
import { graphicStyles } from '../internal/styles.ts';
import { renderError, renderTable } from '../internal/templates.ts';
import { placeTreemap, tileLines, treemapProblem } from './treemap-layout.ts';

/** The sizes of a tile's name and value (the styles below), and the name's line height, px. */
const LABEL_PX = 13;
const VALUE_PX = 18;
const LINE_PX = 16;

/** A tile's number: targets say so. */
const tileValue = (f: Figure) => `${f.kind === 'target' ? '目标 ' : ''}${formatFigure(f)}`;
/** A tile's value at its full size, or smaller (to 12 px) where the tile is too narrow for it. */
const valueText = (x: number, y: number, f: Figure, room: number) => {
  const text = tileValue(f);
  const px = Math.max(12, Math.min(VALUE_PX, room / (textWidth(text, 1) || 1)));
  return svg`<text class="tile-value" x=${x} y=${y} font-size=${round(px, 1)}>${text}</text>`;
};
/** The whole, under the treemap: what it measures, its value, period and kind. */
const wholeText = (f: Figure) => `${f.metric} ${formatFigure(f)}（${f.period}，${KIND_LABEL[f.kind]}）`;

/**
 * @summary How a whole splits into parts (d3-hierarchy treemap, SVG); targets hatched and labelled 目标.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 * @cssproperty --jh-treemap-fill - fill of actual tiles
 */
@customElement('jh-treemap')
export class JhTreemap extends LitElement {
  static override styles = [
    graphicStyles,
    css`
      :host {
        --jh-treemap-fill: var(--jh-theme-color, var(--jh-color-accent, #0b5d7a));
      }
      .title {
        margin: 0 0 0.35em;
        font-size: 1em;
        font-weight: 700;
      }
      .tile {
        fill: var(--jh-treemap-fill);
        transition: opacity 300ms ease;
      }
      .tile[data-kind='target'] {
        fill: url(#jh-hatch);
        stroke: var(--jh-color-target, #8a5a00);
        stroke-width: 2;
        stroke-dasharray: 6 3;
      }
      .tile[data-rest] {
        fill: var(--jh-color-neutral, #d9d5cb);
        stroke: var(--jh-color-muted, #55555c);
        stroke-dasharray: 2 3;
      }
      .hatch-bg {
        fill: var(--jh-color-surface, #fff);
      }
      .hatch-line {
        stroke: var(--jh-color-target, #8a5a00);
        stroke-width: 2;
        opacity: 0.35;
      }
      .tile-label,
      .tile-value {
        fill: var(--jh-color-text, #1c1c1e);
        paint-order: stroke;
        stroke: var(--jh-color-surface, #fff);
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .tile-label {
        font-size: 13px;
      }
      /* Its size is the text's font-size attribute: smaller in a narrow tile. */
      .tile-value {
        font-weight: 700;
      }
      .source {
        margin: 0.25em 0 0;
        font-size: 0.75em;
        color: var(--jh-color-muted, #55555c);
      }
    `,
  ];

  /** Title, also the accessible name. */
  @property() label = '';
  /** The named parts (figures of one unit and kind). */
  @property({ attribute: false }) parts: Figure[] = [];
  /** The whole, if the sources give it; its unnamed remainder is drawn without a number. */
  @property({ attribute: false }) total?: Figure;
  /** Label for the remainder tile. */
  @property() rest = '其余部分（文件未单列）';

  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.plot'));

  /** The first drawing comes in stages: the tiles; their labels; the data table. */
  private readonly stages = new Stages(this, 2, () => this.size.width > 0 && this.size.height > 0);

  /** Complete means drawn: data loaded and the element measured at its real size. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.size.measured();
    return this.stages.settle(() => super.getUpdateComplete());
  }

  override render() {
    const input = { parts: this.parts, total: this.total, rest: this.rest };
    const problem = treemapProblem(input);
    if (problem) return renderError('树图无法显示', problem);
    const { width, height } = this.size;
    const tiles = width && height ? placeTreemap(input, width, height) : [];
    const all = [...this.parts, ...(this.total ? [this.total] : [])];
    return html`<figure class="diagram">
      ${this.label ? html`<figcaption class="title">${this.label}</figcaption>` : nothing}
      <div class="plot">
        <svg role="img" aria-label=${this.describe()} viewBox="0 0 ${width} ${height}">
          <defs>
            <pattern id="jh-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-bg" width="8" height="8"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
            </pattern>
          </defs>
          ${tiles.map((t) => {
            const w = t.x1 - t.x0;
            const h = t.y1 - t.y0;
            const kind = t.figure?.kind ?? 'rest';
            // The name in lines that fit the tile, the value under them where there is room for it.
            const valueRoom = t.figure && w > 70 && h > 44 ? VALUE_PX + 8 : 0;
            const lines = tileLines(t.label, w - 16, Math.floor((h - 8 - valueRoom) / LINE_PX), LABEL_PX);
            const valueY = t.y0 + 8 + lines.length * LINE_PX + VALUE_PX;
            return svg`<g data-tile=${t.id}>
              <rect class="tile" data-kind=${kind} ?data-rest=${!t.figure} x=${t.x0} y=${t.y0} width=${w} height=${h}></rect>
              ${
                this.stages.has(1) && lines.length
                  ? svg`${lines.map((line, i) => svg`<text class="tile-label" x=${t.x0 + 8} y=${t.y0 + 20 + i * LINE_PX}>${line}</text>`)}
                  ${t.figure && valueRoom ? valueText(t.x0 + 8, valueY, t.figure, w - 16) : nothing}`
                  : nothing
              }
            </g>`;
          })}
        </svg>
      </div>
      ${this.total ? html`<p class="source">整体：${wholeText(this.total)}</p>` : nothing}
      ${
        !this.stages.has(2)
          ? nothing
          : renderTable({
              caption: this.describe(),
              head: ['项目', '数值', '时期', '类别'],
              rows: all.map((f) => [f.metric, formatFigure(f), f.period, KIND_LABEL[f.kind]]),
            })
      }
    </figure>`;
  }

  private describe(): string {
    const parts = this.parts.map((p) => `${p.metric} ${formatFigure(p)}`).join('；');
    return `${this.label || '树图'}：${parts}${this.total ? `；整体 ${formatFigure(this.total)}` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-treemap': JhTreemap;
  }
}
