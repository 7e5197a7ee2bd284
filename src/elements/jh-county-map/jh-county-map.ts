import { LitElement, html, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { countyColors } from '../../core/tokens.ts';
import { SizeController } from '../internal/size-controller.ts';
import type { Fact, Place, Route } from '../../core/schema/data.ts';
import { GEO_URLS } from '../../core/geo/assets.ts';
import type { RegionFeature } from '../../core/geo/topo.ts';
import { countiesTask } from '../maps/counties-task.ts';
import { Stages } from '../internal/stages.ts';
import { graphicStyles } from '../internal/styles.ts';
import { renderError, renderTable, splitList, type DataTable } from '../internal/templates.ts';
import { countyMapStyles } from './jh-county-map.styles.ts';
import { placeCountyMap, unknownCounties, type CountyGroup, type PlacedCountyMap } from '../maps/county-layout.ts';

const routePath = (r: PlacedCountyMap['routes'][number]) => svg`<path class="route" data-route=${r.route.id} d=${r.d}></path>`;
const placeLabel = (l: PlacedCountyMap['labels'][number]) =>
  svg`<text class="place-label" x=${l.tx} y=${l.ty} text-anchor=${l.anchor}>${l.text}</text>`;
const swatch = (fill: string) =>
  html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill=${fill}></rect></svg>`;

/**
 * @summary Jinhua's nine county-level units (D3 geo, SVG): highlights, categories, places and routes.
 *
 * Highlighted and grouped counties take their own colour (the same in every
 * story); names are always printed, so colour never carries meaning alone.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 * @cssproperty --jh-county-map-plain - fill of counties without a role
 * @cssproperty --jh-county-map-duration - duration of fill transitions
 */
@customElement('jh-county-map')
export class JhCountyMap extends LitElement {
  static override styles = [graphicStyles, countyMapStyles];

  /** URL of the counties TopoJSON (object `counties`). */
  @property() src = GEO_URLS.counties;
  /** Accessible name of the map. */
  @property() label = '金华市九个县（市、区）';
  /** Counties to highlight, by Chinese name, comma- or space-separated. */
  @property() highlight = '';
  /** Categories of counties, each drawn in its own colour with a legend entry. */
  @property({ attribute: false }) groups: CountyGroup[] = [];
  /** Places to mark (from data/places/). */
  @property({ attribute: false }) places: Place[] = [];
  /** Routes to draw over the counties (from data/routes/). */
  @property({ attribute: false }) routes: Route[] = [];
  /** Facts printed under their county's name (from data/facts/), e.g. what it makes. */
  @property({ attribute: false }) facts: Fact[] = [];

  private readonly size = new SizeController(this);

  private readonly topology = countiesTask(this, () => this.src);

  /** The first drawing comes in stages: the counties and their names; places, routes and notes; the table. */
  private readonly stages = new Stages(this, 2, () => !!(this.topology.value && this.size.width && this.size.height));

  /** Complete means drawn: data loaded and the element measured at its real size. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.topology.taskComplete.catch(() => undefined);
    await this.size.measured();
    return this.stages.settle(() => super.getUpdateComplete());
  }

  override render() {
    return this.topology.render({
      pending: () => html`<div class="loading" role="status">地图加载中…</div>`,
      error: (e) => renderError('地图无法加载', String((e as Error).message ?? e)),
      complete: (features) => this.renderMap(features),
    });
  }

  private renderMap(features: RegionFeature[]) {
    const highlight = splitList(this.highlight);
    const unknown = unknownCounties([...highlight, ...this.groups.flatMap((g) => g.counties)], features);
    if (unknown.length)
      return renderError(`未知的县（市、区）：${unknown.join('、')}`, `可用：${features.map((f) => f.properties.name).join('、')}`);
    const { width, height } = this.size;
    // Hidden (no size yet, e.g. loaded ahead of its step): nothing to project.
    if (!width || !height) return html`<figure><div class="plot"></div></figure>`;
    const placed = this.place(features, highlight, width, height);
    const approx = this.places.some((p) => p.approx) || this.routes.some((r) => r.approx);
    const whole = this.stages.has(1);
    return html`<figure>
      <div class="plot">
        <svg role="img" aria-label=${this.describe(highlight)} viewBox="0 0 ${width} ${height}">
          <g class="counties" transform=${placed.transform}>
            ${placed.counties.map(
              (c) => svg`<path class="county" data-county=${c.name} data-role=${c.role}
                fill=${c.role === 'plain' ? nothing : (countyColors[c.name] ?? nothing)} d=${c.d}></path>`,
            )}
          </g>
          <g class="routes">${whole ? placed.routes.map(routePath) : nothing}</g>
          <g class="labels">
            ${placed.counties.map((c) => svg`<text class="label" data-role=${c.role} x=${c.label[0]} y=${c.label[1]}>${c.name}</text>`)}
            ${whole ? placed.notes.map((n) => svg`<text class="note" data-county=${n.county} x=${n.x} y=${n.y}>${n.text}</text>`) : nothing}
          </g>
          <g class="places">
            ${
              !whole
                ? nothing
                : placed.places.map(
                    (p) => svg`<g class="place" data-place=${p.place.id} transform="translate(${p.x},${p.y})"><circle r="5"></circle></g>`,
                  )
            }
            ${whole ? placed.labels.map(placeLabel) : nothing}
          </g>
        </svg>
        ${
          this.groups.length && whole
            ? html`<ul class="legend">
              ${this.groups.map(
                (g) =>
                  html`<li><span class="legend-label">${g.label}：</span>${g.counties.map(
                    (c) => html`${swatch(countyColors[c] ?? 'gray')}${c} `,
                  )}</li>`,
              )}
            </ul>`
            : nothing
        }
        ${approx ? html`<span class="badge">示意图：位置为近似</span>` : nothing}
        ${this.stages.has(2) ? renderTable(this.table(placed.counties)) : nothing}
      </div>
    </figure>`;
  }

  private placed?: { of: unknown[]; value: ReturnType<typeof placeCountyMap> };

  /** Projected once for what it draws: each stage of a first drawing renders the same map. */
  private place(features: RegionFeature[], highlight: string[], width: number, height: number) {
    const of = [features, this.highlight, this.groups, this.places, this.routes, this.facts, width, height];
    if (!this.placed?.of.every((v, i) => v === of[i])) {
      const notes: Record<string, string[]> = {};
      for (const f of this.facts) (notes[f.subject] ??= []).push(f.label);
      const state = { highlight, groups: this.groups, places: this.places, routes: this.routes, notes };
      this.placed = { of, value: placeCountyMap(features, state, width, height) };
    }
    return this.placed.value;
  }

  private describe(highlight: string[]): string {
    const parts = [this.label];
    if (highlight.length) parts.push(`突出显示：${highlight.join('、')}`);
    for (const g of this.groups) parts.push(`${g.label}：${g.counties.join('、')}`);
    if (this.places.length) parts.push(`标注：${this.places.map((p) => p.name).join('、')}`);
    if (this.facts.length) parts.push(this.facts.map((f) => `${f.subject}：${f.label}`).join('；'));
    return parts.join('；');
  }

  private table(counties: { name: string; role: string; group: string }[]): DataTable {
    const rows = counties.map((c) => [
      c.name,
      c.role === 'highlight' ? '突出显示' : c.group || '—',
      this.places
        .filter((p) => p.county === c.name)
        .map((p) => p.name + (p.approx ? '（位置示意）' : ''))
        .join('、') || '—',
    ]);
    if (this.facts.length)
      rows.forEach((r) =>
        r.push(
          this.facts
            .filter((f) => f.subject === r[0])
            .map((f) => f.label)
            .join('、') || '—',
        ),
      );
    const head = ['县（市、区）', '状态', '标注地点', ...(this.facts.length ? ['说明'] : [])];
    return { caption: this.describe(splitList(this.highlight)), head, rows };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-county-map': JhCountyMap;
  }
}
