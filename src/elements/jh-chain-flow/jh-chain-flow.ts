import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SizeController } from '../internal/size-controller.ts';
import { Stages } from '../internal/stages.ts';
import type { Fact } from '../../core/schema/data.ts';
import { countyColors } from '../../core/tokens.ts';
import { graphicStyles } from '../internal/styles.ts';
import { renderError, renderTable } from '../internal/templates.ts';
import { chainFlowStyles } from './jh-chain-flow.styles.ts';
import { flowGraph, placeFlow } from './chain-flow-layout.ts';

const COUNTY_ORDER = Object.keys(countyColors);

/**
 * @summary Which county works in which key industrial chain: a Sankey diagram (d3-sankey, SVG).
 *
 * Each link is one or more sourced facts (data/facts), never an invented amount.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 * @cssproperty --jh-chain-flow-chain - colour of the chain nodes
 */
@customElement('jh-chain-flow')
export class JhChainFlow extends LitElement {
  static override styles = [graphicStyles, chainFlowStyles];

  /** Accessible name. */
  @property() label = '重点产业链与县（市、区）';
  /** Chains (facts with topic `chain`), in display order. */
  @property({ attribute: false }) chains: Fact[] = [];
  /** County industries (facts with topic `industry`) that name a chain. */
  @property({ attribute: false }) industries: Fact[] = [];
  /** Chain ids to emphasise; all when empty. */
  @property({ attribute: false }) emphasis: string[] = [];

  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.plot'));

  /** The first drawing comes in stages: the flows and nodes; the data table. */
  private readonly stages = new Stages(this, 1, () => this.size.width > 0);

  /** Complete means drawn: data loaded and the element measured at its real size. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.size.measured();
    return this.stages.settle(() => super.getUpdateComplete());
  }

  override render() {
    if (!this.chains.length) return renderError('没有产业链可画', 'chains 为空：请在步骤中列出 chain 类事实');
    const graph = flowGraph(this.chains, this.industries, COUNTY_ORDER);
    const description = this.describe(graph);
    if (!graph.links.length)
      return renderError('没有可连线的县（市、区）', '所列产业链没有对应的县域产业事实（facts 中 topic: industry 且 chain 指向它）');
    const { width, height } = this.size;
    if (!width) return html`<figure><div class="plot"></div></figure>`;
    const narrow = width < 480;
    const placed = placeFlow(graph, width, height, narrow ? { left: 112, right: 52 } : { left: 170, right: 70 });
    const focus = new Set(this.emphasis.length ? this.emphasis : this.chains.map((c) => c.id));
    const linked = new Set(placed.links.filter((l) => focus.has(l.source)).map((l) => l.target));
    const dim = (id: string, side: string) => (side === 'chain' ? !focus.has(id) : !linked.has(id));
    return html`<figure class="diagram">
      <div class="plot">
        <svg role="img" aria-label=${description} viewBox="0 0 ${width} ${height}">
          <g class="links">
            ${placed.links.map(
              (l) => svg`<path class="link" data-link="${l.source}→${l.target}" ?data-dim=${!focus.has(l.source)}
                d=${l.d} stroke=${countyColors[l.target] ?? 'gray'} stroke-width=${l.width}>
                <title>${l.facts.map((f) => `${f.subject}：${f.label}`).join('；')}</title></path>`,
            )}
          </g>
          <g class="nodes">
            ${placed.nodes.map(
              (n) => svg`<rect class="node" data-node=${n.id} data-side=${n.side} x=${n.x0} y=${n.y0}
                width=${n.x1 - n.x0} height=${Math.max(1, n.y1 - n.y0)}
                fill=${n.side === 'county' ? (countyColors[n.id] ?? 'gray') : nothing}></rect>
                <text class="node-label" ?data-dim=${dim(n.id, n.side)} ?data-focus=${!dim(n.id, n.side) && focus.size < this.chains.length}
                  x=${n.side === 'chain' ? n.x0 - 6 : n.x1 + 6} y=${(n.y0 + n.y1) / 2}
                  text-anchor=${n.side === 'chain' ? 'end' : 'start'}>${n.name}</text>`,
            )}
          </g>
        </svg>
      </div>
        ${
          !this.stages.has(1)
            ? nothing
            : renderTable({
                caption: description,
                head: ['产业链', '县（市、区）', '依据'],
                rows: placed.links.map((l) => [
                  this.chains.find((c) => c.id === l.source)?.label ?? l.source,
                  l.target,
                  l.facts.map((f) => f.label).join('、'),
                ]),
              })
        }
    </figure>`;
  }

  private describe(graph: ReturnType<typeof flowGraph>): string {
    const parts = this.chains.map((c) => {
      const counties = graph.links.filter((l) => l.source === c.id).map((l) => l.target);
      return `${c.label}${counties.length ? `：${counties.join('、')}` : ''}`;
    });
    return `${this.label}。${parts.join('；')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-chain-flow': JhChainFlow;
  }
}
