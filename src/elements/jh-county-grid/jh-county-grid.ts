import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SizeController } from '../internal/size-controller.ts';
import type { Fact } from '../../core/schema/data.ts';
import { GEO_URLS } from '../../core/geo/assets.ts';
import type { RegionFeature } from '../../core/geo/topo.ts';
import { countiesTask } from '../maps/counties-task.ts';
import { textWidth } from '../../core/text/measure.ts';
import { countyColors } from '../../core/tokens.ts';
import { graphicStyles } from '../internal/styles.ts';
import { renderError, renderTable } from '../internal/templates.ts';
import { placeCountyMap } from '../maps/county-layout.ts';
import { Stages } from '../internal/stages.ts';

/** Panels drawn per stage (a task each): ten maps at once made one long task on a slow phone. */
const PANELS_PER_STAGE = 2;

export interface GridPanel {
  id: string;
  title: string;
  counties: string[];
}

/** One panel per chain: the counties whose industry facts name it. Pure. */
export function panelsFor(chains: readonly Fact[], industries: readonly Fact[]): GridPanel[] {
  return chains.map((c) => ({
    id: c.id,
    title: c.label,
    counties: [...new Set(industries.filter((f) => f.chain === c.id && f.subject !== '金华市').map((f) => f.subject))],
  }));
}

/** Columns for `n` panels in a box: as square as the box allows. */
export function gridColumns(n: number, width: number, height: number): number {
  let best = 1;
  let bestSize = 0;
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const size = Math.min(width / cols, (height - rows * 18) / rows);
    if (size > bestSize) [best, bestSize] = [cols, size];
  }
  return best;
}

/** The column counts the grid lays its small maps out in. */
const COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * @summary Small-multiple county maps: one per key chain, its counties coloured.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 */
@customElement('jh-county-grid')
export class JhCountyGrid extends LitElement {
  static override styles = [
    graphicStyles,
    css`
      .grid {
        display: grid;
        gap: 6px 8px;
        block-size: 100%;
        align-content: center;
      }
      .panel {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .panel h3 {
        margin: 0;
        font-size: 12px;
        line-height: 16px;
        font-weight: 700;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      /* Names too long for a narrow panel's one line (a phone) take two. */
      .grid[data-title-lines='2'] .panel h3 {
        flex: none;
        block-size: 32px;
        white-space: normal;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
      }
      /* Drawn at the size computed for it: no intrinsic-size pass through grid and flex. */
      .panel svg {
        display: block;
      }
      /* Columns by class, not a style attribute, so a strict CSP (no inline styles) holds. */
      ${unsafeCSS(COLUMNS.map((n) => `.grid[data-cols='${n}'] { grid-template-columns: repeat(${n}, 1fr); }`).join('\n'))}
      .county:not([fill]) {
        fill: var(--jh-color-neutral, #d9d5cb);
      }
      .county {
        stroke: var(--jh-color-surface, #fff);
        stroke-width: 0.6;
        vector-effect: non-scaling-stroke;
      }
      .panel[data-empty] h3 {
        color: var(--jh-color-muted, #55555c);
        font-weight: 400;
      }
    `,
  ];

  /** Accessible name. */
  @property() label = '各产业链分布在哪些县（市、区）';
  /** URL of the counties TopoJSON. */
  @property() src = GEO_URLS.counties;
  /** Chains (facts with topic `chain`), one panel each. */
  @property({ attribute: false }) chains: Fact[] = [];
  /** County industries (facts with topic `industry`) naming a chain. */
  @property({ attribute: false }) industries: Fact[] = [];

  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.plot'));
  private readonly topology = countiesTask(this, () => this.src);

  /** The panels fill in stages, those not drawn yet keep their place, empty; the data table comes last. */
  private readonly stages = new Stages(
    this,
    () => this.tableStage(),
    () => !!(this.size.width && this.topology.value),
  );

  /** The stage that draws the data table, after the last panel's. */
  private tableStage(): number {
    return Math.ceil(this.chains.length / PANELS_PER_STAGE);
  }

  /** Complete means drawn: data loaded, the element measured at its real size, every panel filled. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.topology.taskComplete.catch(() => undefined);
    await this.size.measured();
    return this.stages.settle(() => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('chains') || changed.has('industries')) this.stages.restart();
  }

  override render() {
    if (!this.chains.length) return renderError('没有产业链可画', 'chains 为空：请在步骤中列出 chain 类事实');
    return this.topology.render({
      pending: () => html`<div class="loading" role="status">地图加载中…</div>`,
      error: (e) => renderError('地图无法加载', String((e as Error).message ?? e)),
      complete: (features) => this.renderGrid(features),
    });
  }

  private renderGrid(features: RegionFeature[]) {
    const panels = panelsFor(this.chains, this.industries);
    const { width, height } = this.size;
    // Hidden (no size yet, e.g. loaded ahead of its step): nothing to project.
    if (!width || !height) return html`<figure><div class="plot"></div></figure>`;
    const cols = gridColumns(panels.length, width, height);
    const rows = Math.ceil(panels.length / cols);
    const pw = Math.max(40, Math.floor((width - (cols - 1) * 8) / cols));
    const titleLines = panels.some((p) => textWidth(p.title, 12) > pw) ? 2 : 1;
    const ph = Math.max(40, Math.floor((height - (rows - 1) * 6) / rows) - 16 * titleLines);
    return html`<figure class="diagram">
      <div class="plot">
        <div class="grid" role="img" aria-label=${this.describe(panels)} data-cols=${cols} data-title-lines=${titleLines}>
          ${panels.map((p, i) => {
            const placed =
              i < (this.stages.current + 1) * PANELS_PER_STAGE
                ? placeCountyMap(features, { highlight: p.counties, groups: [], places: [], routes: [] }, pw, ph, 3)
                : { counties: [], transform: '' };
            return html`<div class="panel" data-panel=${p.id} ?data-empty=${!p.counties.length}>
              <h3>${p.title}</h3>
              <svg width=${pw} height=${ph} viewBox="0 0 ${pw} ${ph}" aria-hidden="true"><g transform=${placed.transform || nothing}>
                ${placed.counties.map(
                  (c) => svg`<path class="county" data-county=${c.name} data-role=${c.role} d=${c.d}
                    fill=${c.role === 'highlight' ? (countyColors[c.name] ?? nothing) : nothing}></path>`,
                )}
              </g></svg>
            </div>`;
          })}
        </div>
      </div>
        ${
          this.stages.has(this.tableStage())
            ? renderTable({
                caption: this.describe(panels),
                head: ['产业链', '县（市、区）'],
                rows: panels.map((p) => [p.title, p.counties.join('、') || '文件未按县列出']),
              })
            : nothing
        }
    </figure>`;
  }

  private describe(panels: GridPanel[]): string {
    return `${this.label}。${panels.map((p) => `${p.title}：${p.counties.join('、') || '未按县列出'}`).join('；')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-county-grid': JhCountyGrid;
  }
}
