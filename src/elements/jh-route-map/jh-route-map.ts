import { LitElement, html, svg, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { Task } from '@lit/task';
import { SizeController } from '../internal/size-controller.ts';
import { interpolateZoom } from 'd3-interpolate';
import type { GeoProjection } from 'd3-geo';
import { easeCubicInOut } from 'd3-ease';
import type { Place, Route } from '../../core/schema/data.ts';
import { GEO_URLS } from '../../core/geo/assets.ts';
import { textWidth } from '../../core/geo/labels.ts';
import {
  EXTENT_BOUNDS,
  SUBJECT_FRAME_BELOW,
  subjectBounds,
  type LonLat,
  projectionFor,
  transformFor,
  viewFor,
  type ZoomView,
} from '../../core/geo/view.ts';
import type { ExtentName } from '../../core/schema/story.ts';
import { graphicStyles } from '../internal/styles.ts';
import { prefersReducedMotion, renderError, renderTable } from '../internal/templates.ts';
import { Stages } from '../internal/stages.ts';
import { routeMapStyles } from './jh-route-map.styles.ts';
import { placeOverlay, prepareRoutes, ROUTE_KIND_LABEL } from './route-layout.ts';
import { buildBase, type BaseLayers, type BaseRequest, type Region } from './base-layers.ts';
import { offThread } from '../../platform/off-thread.ts';

// Within the 600 ms a slide change may take (present mode), and brisk enough for scrolling.
const ZOOM_MS = 600;

/**
 * Base layers come from a worker: fetching, decoding and outlining the geometry (the Eurasian coast
 * above all) was the longest work of a route-map page's load on a phone, in slices or not.
 */
const drawBase = offThread<BaseRequest, BaseLayers>(
  () => new Worker(new URL('./base-worker.ts', import.meta.url), { type: 'module', name: 'jh-route-base' }),
  () => Promise.resolve(buildBase),
);

async function loadBase(signal: AbortSignal): Promise<BaseLayers> {
  const layers = await drawBase({ ...GEO_URLS });
  signal.throwIfAborted();
  return layers!;
}

/**
 * @summary Routes and hubs from Jinhua to Ningbo-Zhoushan and across Eurasia, with smooth zoom between extents.
 *
 * Routes draw along their length when they appear; changing `extent` zooms
 * smoothly (instantly with reduced motion). Every position and path is marked
 * approximate (示意) when the data says so.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 * @cssproperty --jh-route-map-rail - colour of China–Europe train routes
 * @cssproperty --jh-route-map-sea - colour of sea–rail routes
 * @cssproperty --jh-route-map-project - colour of rail projects
 * @cssproperty --jh-route-map-road - colour of road projects
 * @cssproperty --jh-route-map-water - colour of waterway projects
 * @cssproperty --jh-route-map-link - colour of science-enclave links
 * @cssproperty --jh-route-map-draw - duration of the draw-on animation
 */
@customElement('jh-route-map')
export class JhRouteMap extends LitElement {
  static override styles = [graphicStyles, routeMapStyles];

  /** Accessible name of the map. */
  @property() label = '金华陆港线路图';
  /** Named extent to frame: eurasia, east-china, zhejiang or jinhua. */
  @property({ reflect: true }) extent: ExtentName = 'eurasia';
  /** Routes to draw (from data/routes/). */
  @property({ attribute: false }) routes: Route[] = [];
  /** Ids of routes to emphasise; all are emphasised when empty. */
  @property({ attribute: false }) emphasis: string[] = [];
  /** Places to mark (from data/places/). */
  @property({ attribute: false }) places: Place[] = [];

  @state() private view: ZoomView | null = null;
  private frame = 0;
  /**
   * The zoom under way: where it lands, and a timer that lands it there should frames stop (a tab
   * sent to the background). While it moves, names are left out: placed once where it lands.
   */
  private zoom?: { target: ZoomView; timer: number; land: () => void; landed: Promise<void> };

  private readonly size = new SizeController(this);

  private readonly base = new Task(this, { task: (_args, { signal }) => loadBase(signal), args: () => [] });

  /** The first drawing comes in stages: the base map; routes, places and labels; the data table. */
  private readonly stages = new Stages(this, 2, () => !!(this.view && this.size.width && this.base.value && this.known()));

  /** The extent, frame (the part of it shown) and size the current view was fitted to. */
  private fitted = { extent: '', frame: '', width: 0, height: 0 };

  override willUpdate() {
    if (!this.known() || !this.size.width) return;
    const { width, height } = this.size;
    const { fitted } = this;
    // Compare with what the view was fitted to, not with what changed in this update: a change
    // made while the map was hidden (no size) must still be applied once it has a size again.
    const bounds = width < SUBJECT_FRAME_BELOW ? subjectBounds(EXTENT_BOUNDS[this.extent], this.subject()) : EXTENT_BOUNDS[this.extent];
    const frame = bounds.flat().join(',');
    if (fitted.extent === this.extent && fitted.frame === frame && fitted.width === width && fitted.height === height) return;
    const resized = fitted.width !== width || fitted.height !== height;
    this.fitted = { extent: this.extent, frame, width, height };
    const target = viewFor(bounds, { width, height, padding: 24 });
    // No frames run in a background tab: land at once there, as with reduced motion.
    const animate = this.view && !resized && !prefersReducedMotion() && !document.hidden;
    // A new target: a zoom under way turns towards it from where it is.
    this.endZoom(false);
    if (!animate) {
      this.view = target;
      return;
    }
    const path = interpolateZoom(this.view!, target);
    const start = performance.now();
    let land = () => {};
    const landed = new Promise<void>((resolve) => (land = resolve));
    this.zoom = { target, land, landed, timer: window.setTimeout(() => this.endZoom(true), ZOOM_MS + 250) };
    const tick = (now: number) => {
      const t = (now - start) / ZOOM_MS;
      if (t >= 1) return this.endZoom(true);
      this.view = path(easeCubicInOut(t));
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Stop the zoom under way: at its target (it has landed), or where it is (a new one follows). */
  private endZoom(atTarget: boolean) {
    const zoom = this.zoom;
    if (!zoom) return;
    this.zoom = undefined;
    cancelAnimationFrame(this.frame);
    clearTimeout(zoom.timer);
    if (atTarget) this.view = zoom.target;
    zoom.land();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Land now: the view must match what it was fitted to when the map is put back.
    this.endZoom(true);
  }

  /**
   * Resample routes a later step will show, at every level of detail, in slices (the story runtime
   * passes the story's routes when idle): the step that shows them then only scales points.
   */
  prepare(routes: readonly Route[]): Promise<void> {
    return prepareRoutes(routes);
  }

  private known(): boolean {
    return Object.hasOwn(EXTENT_BOUNDS, this.extent);
  }

  /** Complete means drawn: data loaded, the element measured at its real size, every stage drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.base.taskComplete.catch(() => undefined);
    await this.size.measured();
    // Until it lands: a zoom replaced by another (a step changed mid-way) lands later, elsewhere.
    while (this.zoom) await this.zoom.landed;
    return this.stages.settle(() => super.getUpdateComplete());
  }

  override render() {
    if (!this.known()) return renderError(`未知的地图范围：“${this.extent}”`, `可用：${Object.keys(EXTENT_BOUNDS).join('、')}`);
    return this.base.render({
      pending: () => html`<div class="loading" role="status">地图加载中…</div>`,
      error: (e) => renderError('地图无法加载', String((e as Error).message ?? e)),
      complete: (layers) => this.renderMap(layers),
    });
  }

  private renderMap(layers: BaseLayers) {
    const { width, height } = this.size;
    if (!this.view || !width) return html`<figure><div class="plot"></div></figure>`;
    const transform = transformFor(this.view, this.size);
    const kinds = [...new Set(this.routes.map((r) => r.kind))];
    const approx = this.routes.some((r) => r.approx) || this.places.some((p) => p.approx);
    const fitted = this.fitted.extent;
    return html`<figure>
      <div class="plot">
        <svg role="img" aria-label=${this.describe()} viewBox=${`0 0 ${width} ${height}`} data-extent=${this.extent} data-fitted=${fitted}>
          <g transform=${transform.attr}>
            ${guard(
              [layers],
              () => svg`<g class="layer land">${layers.land.map((d) => svg`<path d=${d}></path>`)}</g>
              <g class="layer prefectures">${layers.prefectures.map((p) => svg`<path data-name=${p.name} d=${p.d}></path>`)}</g>
              <g class="layer counties">${layers.counties.map((c) => svg`<path data-name=${c.name} d=${c.d}></path>`)}</g>`,
            )}
          </g>
          ${this.stages.has(1) ? this.renderOverlay(layers, kinds.length) : nothing}
        </svg>
        ${
          kinds.length && this.stages.has(1)
            ? html`<ul class="legend">
              ${kinds.map((k) => html`<li><i data-kind=${k}></i>${ROUTE_KIND_LABEL[k]}</li>`)}
            </ul>`
            : nothing
        }
        ${approx ? html`<span class="badge">示意图：位置与线路走向为近似</span>` : nothing}
        ${
          this.stages.has(2)
            ? guard([this.routes, this.places, this.label], () =>
                renderTable({
                  caption: this.describe(),
                  head: ['名称', '类别', '位置'],
                  rows: [
                    ...this.routes.map((r) => [r.name, ROUTE_KIND_LABEL[r.kind], r.approx ? '走向示意' : '—']),
                    ...this.places.map((p) => [p.name, p.county ?? '—', p.approx ? '位置示意' : '—']),
                  ],
                }),
              )
            : nothing
        }
      </div>
    </figure>`;
  }

  /** What the step shows, as points: its places, and its emphasised routes (all of them when none is). */
  private subject(): LonLat[] {
    const routes = this.emphasis.length ? this.routes.filter((r) => this.emphasis.includes(r.id)) : this.routes;
    return [...this.places.map((p) => p.lonlat), ...routes.flatMap((r) => r.path)];
  }

  /** Routes, markers and labels, projected to screen pixels for the current view. */
  private renderOverlay(layers: BaseLayers, kinds: number) {
    const { width, height } = this.size;
    const projection = projectionFor(this.view!, this.size);
    const plane = transformFor(this.view!, this.size);
    const named = !this.zoom;
    const regionNames = regionLabels(
      !named
        ? []
        : this.extent === 'jinhua'
          ? layers.counties
          : this.extent === 'eurasia' || this.extent === 'china'
            ? []
            : layers.prefectures,
      this.places,
      projection,
      plane,
      width,
      height,
    );
    const { routes, markers, labels } = placeOverlay(projection, plane, this.routes, this.emphasis, this.places, {
      width,
      height,
      labels: named,
      labelRoutes: this.extent !== 'eurasia' && this.extent !== 'china',
      // Keep labels clear of the legend (top left) and the badge and table button (bottom).
      blocked: [
        { x0: 0, y0: 0, x1: 150, y1: 16 + 24 * kinds },
        { x0: 0, y0: height - 44, x1: width, y1: height },
        ...regionNames.map((r) => r.box),
      ],
    });
    return svg`<g class="routes">
        ${repeat(
          routes,
          (r) => r.route.id,
          (r) => svg`<path class="route" pathLength="1" data-route=${r.route.id} data-kind=${r.route.kind}
            ?data-focus=${r.focus} d=${r.d}></path>`,
        )}
      </g>
      ${
        named
          ? svg`<g class="region-labels" aria-hidden="true">
            ${regionNames.map((r) => svg`<text class="region-label" x=${r.x} y=${r.y}>${r.name}</text>`)}
          </g>`
          : nothing
      }
      <g class="markers">
        ${markers.map(
          (m) => svg`<g class="marker" data-place=${m.place.id} data-kind=${m.place.kind} transform="translate(${m.x},${m.y})">
            <circle r=${m.place.kind === 'city' ? 3.5 : 5}></circle></g>`,
        )}
      </g>
      ${
        named
          ? svg`<g class="labels">
        ${labels.map(
          (l) => svg`<text class=${l.id.startsWith('route:') ? 'label route-label' : 'label'} x=${l.tx} y=${l.ty}
            text-anchor=${l.anchor}>${l.text}</text>`,
        )}
      </g>`
          : nothing
      }`;
  }

  private described?: { of: [string, Route[], Place[]]; text: string };

  /** The accessible name: the same for every frame of a zoom, so made once for what it names. */
  private describe(): string {
    const of: [string, Route[], Place[]] = [this.label, this.routes, this.places];
    if (this.described?.of.every((v, i) => v === of[i])) return this.described.text;
    const parts = [this.label];
    if (this.routes.length) parts.push(`线路：${this.routes.map((r) => r.name).join('、')}`);
    if (this.places.length) parts.push(`地点：${this.places.map((p) => p.name).join('、')}`);
    this.described = { of, text: parts.join('；') };
    return this.described.text;
  }
}

/**
 * Names of the regions in view, at their centroids, each clear of the names before it (on a phone's
 * narrow map two neighbours' names would run into each other: the later one is left out); they also
 * block place labels from covering them.
 */
function regionLabels(
  regions: Region[],
  places: Place[],
  projection: GeoProjection,
  plane: { k: number; x: number; y: number },
  width: number,
  height: number,
) {
  const points = places.map((p) => projection(p.lonlat) ?? [NaN, NaN]);
  const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
  return regions.flatMap((r) => {
    const [x, y] = [plane.x + plane.k * r.centroid[0], plane.y + plane.k * r.centroid[1]];
    if (!(x > 20 && x < width - 20 && y > 20 && y < height - 20)) return [];
    const half = textWidth(r.name, REGION_PX) / 2 + 2;
    const box = { x0: x - half, y0: y - REGION_PX, x1: x + half, y1: y + 4 };
    // A marker on the name would hide it; the marker matters more.
    if (points.some(([px, py]) => px! > box.x0 - 6 && px! < box.x1 + 6 && py! > box.y0 - 6 && py! < box.y1 + 6)) return [];
    if (taken.some((t) => t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1)) return [];
    taken.push(box);
    return [{ name: r.name, x: Math.round(x), y: Math.round(y), box }];
  });
}

/** The size region names are drawn at (jh-route-map.styles.ts .region-label). */
const REGION_PX = 12;

declare global {
  interface HTMLElementTagNameMap {
    'jh-route-map': JhRouteMap;
  }
}
