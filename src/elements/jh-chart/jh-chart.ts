import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { Figure, SourceDoc } from '../../core/schema/data.ts';
import { formatFigure, KIND_LABEL } from '../../core/text/format.ts';
import { hasYearGaps, type FigureChartType } from './figure-chart.ts';
import { fontStack } from '../../core/tokens.ts';
import { activeColors, THEME_CHANGE } from '../../platform/theme.ts';
import { graphicStyles } from '../internal/styles.ts';
import { prefersReducedMotion, renderError, renderTable } from '../internal/templates.ts';
import { chartStyles } from './jh-chart.styles.ts';
import { renderChart, warmUp } from './chart-renderer.ts';
import { buildSvg } from './svg-tree.ts';
import { SizeController } from '../internal/size-controller.ts';

const TYPES: readonly FigureChartType[] = ['bar', 'line'];

/** The kinds of figure the key names, in its order. */
const KEY_KINDS = ['actual', 'cumulative', 'target'] as const;

/**
 * @summary A bar or line chart of figures (ECharts, SVG renderer), with targets drawn apart from actuals.
 *
 * ECharts loads only when the chart nears the viewport or `prepare()` is called,
 * and draws in a worker where one can start (see charts/chart-renderer.ts): the
 * page only builds the finished SVG. Bars grow in from the axis by CSS, unless
 * the reader asks for reduced motion.
 *
 * @csspart error - the inline error shown for bad input
 * @csspart data - the data table (text alternative)
 */
@customElement('jh-chart')
export class JhChart extends LitElement {
  static override styles = [graphicStyles, chartStyles];

  /** Chart title, also its accessible name. */
  @property() label = '';
  /** bar or line. */
  @property({ reflect: true }) type: FigureChartType = 'bar';
  /** Figures to plot, in order (rows of data/figures/); all share one unit. */
  @property({ attribute: false }) figures: Figure[] = [];
  /** A short label per figure, printed under its period. */
  @property({ attribute: false }) labels: string[] = [];
  /** Source documents, for the source line. */
  @property({ attribute: false }) sources: SourceDoc[] = [];

  @state() private loadError = '';
  /** ECharts draws into an inner box, so its own aria text never replaces our accessible name. */
  @query('.ec') private canvas?: HTMLDivElement;
  private readonly dark = matchMedia('(prefers-color-scheme: dark)');
  /** The size last drawn at, so a resize that changes nothing draws nothing. */
  private drawnSize = '';
  /** Counts draws, so a slow one never replaces a newer one. */
  private drawCount = 0;
  /** A draw with new figures that waited for the chart to be shown still plays its entry. */
  private enterNext = false;

  /** The drawing box's size, from a ResizeObserver (never read while the page is mid-change). */
  private readonly size = new SizeController(this, () => this.canvas);
  private readonly near = new IntersectionController(this, {
    config: { rootMargin: '50% 0px' },
    callback: (entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.prepare();
    },
  });

  /** Load ECharts ahead of need (e.g. when the scroller nears this chart's step). */
  async prepare(): Promise<void> {
    this.themeColor();
    try {
      await warmUp();
    } catch (e) {
      this.loadError = `图表程序无法加载：${(e as Error).message}`;
    }
  }

  private problem(): string {
    if (!TYPES.includes(this.type)) return `未知的图表类型“${this.type}”，可用：bar、line`;
    if (!this.figures.length) return '没有要绘制的数字（figures 为空）';
    const units = new Set(this.figures.map((f) => f.unit));
    if (units.size > 1) return `一张图的数字须同一单位，现有：${[...units].join('、')}`;
    return '';
  }

  override render() {
    const problem = this.loadError || this.problem();
    if (problem) return renderError('图表无法显示', problem);
    const kinds = new Set(this.figures.map((f) => f.kind));
    const docs = [...new Set(this.figures.map((f) => f.source))].map((id) => this.sourceTitle(id));
    return html`<figure class="diagram">
      ${this.label ? html`<figcaption class="title">${this.label}</figcaption>` : nothing}
      <div class="plot">
        <div class="canvas" role="img" aria-label=${this.describe()}><div class="ec" aria-hidden="true"></div></div>
      </div>
      <ul class="key" aria-hidden="true">
        ${KEY_KINDS.filter((k) => kinds.has(k)).map((k) => html`<li><i class=${k}></i>${KIND_LABEL[k]}</li>`)}
        ${this.type === 'line' && hasYearGaps(this.figures) ? html`<li><i class="gap"></i>点线：其间年份无数据</li>` : nothing}
      </ul>
      <p class="source">来源：${docs.map((d) => `《${d}》`).join('')}</p>
      ${renderTable({
        caption: this.label,
        head: ['时期', '数值', '类别', '来源', '注'],
        rows: this.figures.map((f) => [f.period, formatFigure(f), KIND_LABEL[f.kind], this.sourceTitle(f.source), f.note ?? '—']),
      })}
    </figure>`;
  }

  private sourceTitle(id: string): string {
    return this.sources.find((s) => s.id === id)?.title ?? id;
  }

  private describe(): string {
    return `${this.label || '图表'}：${this.figures.map((f) => `${f.period}${KIND_LABEL[f.kind]} ${formatFigure(f)}`).join('；')}`;
  }

  /** Resolves once the chart for the current properties is drawn (or has nothing to draw). */
  private drawn: Promise<void> = Promise.resolve();

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    await this.size.measured();
    // A draw can be overtaken by a newer one (a resize as the key below changes): wait for the last.
    for (let drawn: Promise<void> | undefined; drawn !== this.drawn;) {
      result = await super.getUpdateComplete();
      drawn = this.drawn;
      await drawn;
    }
    return result;
  }

  override updated(changed: PropertyValues) {
    if (this.problem() || !this.canvas) return;
    const content = changed.has('figures') || changed.has('type') || changed.has('labels');
    if (content || this.sizeKey() !== this.drawnSize) this.drawn = this.draw(content);
  }

  private sizeKey(): string {
    return `${this.size.width}×${this.size.height}`;
  }

  /** Draws the chart at its current size; `enter` plays the entry animation (new figures, not a resize or theme). */
  private async draw(enter: boolean) {
    const count = ++this.drawCount;
    enter ||= this.enterNext;
    const { width, height } = this.size;
    // Hidden (another step's graphic) or not measured yet: drawn when its size arrives.
    if (!width || !height) {
      this.enterNext = enter;
      this.drawnSize = ''; // whatever size arrives next, draw at it
      return;
    }
    this.enterNext = false;
    this.drawnSize = this.sizeKey();
    const theme = this.themeColor();
    let tree;
    try {
      tree = await renderChart({
        type: this.type,
        figures: this.figures,
        labels: this.labels,
        colors: { ...activeColors(this), ...(theme ? { accent: theme } : {}) },
        fontFamily: fontStack,
        narrow: width < 480,
        width,
        height,
      });
    } catch (e) {
      this.loadError = `图表程序无法加载：${(e as Error).message}`;
      return;
    }
    const box = this.canvas;
    if (count !== this.drawCount || !box?.isConnected) return;
    const svg = buildSvg(tree);
    svg.classList.toggle('enter', enter && !prefersReducedMotion());
    box.replaceChildren(svg);
  }

  /**
   * The story's theme colour (港 廊 链), which draws the actuals as in the rest of the page. Read
   * once, ahead of the first draw where possible: reading a computed style in a step change forces
   * the browser to recompute the page's styles there and then.
   */
  private theme?: string;
  private themeColor(): string {
    return (this.theme ??= getComputedStyle(this).getPropertyValue('--jh-theme-color').trim());
  }

  private readonly restyle = () => {
    this.theme = undefined;
    if (this.hasUpdated && !this.problem()) this.drawn = this.draw(false);
  };

  override connectedCallback() {
    super.connectedCallback();
    this.dark.addEventListener('change', this.restyle);
    addEventListener(THEME_CHANGE, this.restyle);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.dark.removeEventListener('change', this.restyle);
    removeEventListener(THEME_CHANGE, this.restyle);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-chart': JhChart;
  }
}
