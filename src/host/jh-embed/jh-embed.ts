import { LitElement, html, nothing, unsafeCSS, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import frameCss from '../../styles/embed-frame.css?inline';
import themesCss from '../../styles/themes.css?inline';
import { tokens, tokensToCss } from '../../core/tokens.ts';
import { THEME_CHANGE } from '../../platform/theme.ts';
import type { EmbedChart } from '../../core/embed/chart.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { hostTheme, watchHostTheme } from '../host-theme.ts';
import { readOptions, STRINGS, type EmbedOptions, type Strings } from '../../core/embed/options.ts';
import { sourceLine } from '../../core/embed/text.ts';
import { propsFor } from '../../core/graphics.ts';
import { defineGraphic } from '../../elements/loaders.ts';

/** Our site: where this module was loaded from, whatever page it runs on. */
const SITE = new URL(import.meta.url).origin;

class EmbedProblem extends Error {}

/**
 * @summary One published chart on another site's page, in shadow DOM: the host's CSS cannot reach in, ours cannot leak out.
 *
 * Loaded by /embed.js (the script snippet). Draws the same element and view
 * as the chart's story step, with its header and footer.
 *
 * @attr chart - the chart id, e.g. `port/economy`
 * @attr theme - light | dark | auto (auto: the host page's theme if it states one, else the reader's system)
 * @attr plain - no header or footer
 * @attr lang - zh-CN | en: language of the frame's own words
 * @csspart frame - the whole embed
 * @csspart error - the inline message for a missing or unknown chart
 */
@customElement('jh-embed')
export class JhEmbed extends LitElement {
  static override styles = [
    unsafeCSS(tokensToCss(tokens, '.embed')),
    unsafeCSS(themesCss),
    unsafeCSS(frameCss),
    // !important in a shadow root's :host beats the host page's own rules, e.g. `* { all: revert }`.
    css`
      :host {
        display: block !important;
        inline-size: auto !important;
        min-inline-size: 0 !important;
        margin-block: 1em !important;
      }
      :host([hidden]) {
        display: none !important;
      }
    `,
  ];

  /** The chart id, `<story>/<chart>`. */
  @property() chart = '';
  /** light | dark | auto; reflected, so a script setting it is read like the attribute. */
  @property({ reflect: true }) theme = 'auto';
  @property({ type: Boolean, reflect: true }) plain = false;
  /** Read through the attribute (`lang` names the frame's language, not the element's content). */
  @property({ attribute: 'lang', reflect: true }) language = '';

  private hostThemeNow: 'light' | 'dark' | null = null;
  private stopWatching?: () => void;
  private graphic?: HTMLElement & { updateComplete?: Promise<unknown> };

  private readonly load = new Task(this, {
    args: () => [this.chart] as const,
    task: async ([id], { signal }) => {
      const s = STRINGS[this.options.lang];
      if (!id.trim()) throw new EmbedProblem(s.missingChart);
      let res: Response;
      try {
        res = await fetch(new URL(embedFiles(id.trim()).json, SITE), { signal });
      } catch (e) {
        throw new EmbedProblem(s.loadFailed((e as Error).message));
      }
      if (res.status === 404) throw new EmbedProblem(s.unknownChart(id));
      if (!res.ok) throw new EmbedProblem(s.loadFailed(`HTTP ${res.status}`));
      const chart = (await res.json()) as EmbedChart;
      await defineGraphic(chart.graphic);
      const el = document.createElement(chart.tag) as NonNullable<JhEmbed['graphic']>;
      el.dataset['framed'] = '';
      Object.assign(el, propsFor(chart.data.views[chart.step]!, chart.data));
      this.graphic = el;
      return chart;
    },
  });

  private get options(): EmbedOptions & { problems: string[] } {
    const { options, problems } = readOptions((n) => (n === 'plain' ? (this.plain ? '' : null) : this.getAttribute(n)));
    return { ...options, problems };
  }

  /** Resolves once the chart is drawn, or its message shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.load.taskComplete.catch(() => undefined);
    await super.getUpdateComplete();
    await this.graphic?.updateComplete;
    return true;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.hostThemeNow = hostTheme(document);
    this.stopWatching = watchHostTheme(document, () => {
      const now = hostTheme(document);
      if (now === this.hostThemeNow) return;
      this.hostThemeNow = now;
      this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private themeDrawn?: string;

  override updated() {
    // A canvas-like chart restyles when the theme in force here changes (and only then).
    const theme = this.renderRoot.querySelector<HTMLElement>('.embed')?.dataset['theme'] ?? 'auto';
    if (this.themeDrawn !== undefined && theme !== this.themeDrawn) dispatchEvent(new Event(THEME_CHANGE));
    this.themeDrawn = theme;
  }

  override render() {
    const o = this.options;
    const s = STRINGS[o.lang];
    const theme = o.theme === 'auto' ? (this.hostThemeNow ?? undefined) : o.theme;
    const problems = o.problems.length
      ? html`<p class="embed__problem" role="alert" lang=${o.lang}>${s.badOption}：${o.problems.join('；')}</p>`
      : nothing;
    return html`<div
      class="embed ${o.plain && !o.problems.length ? 'embed--plain' : ''}"
      part="frame"
      data-theme=${theme ?? nothing}
      data-theme-story=${this.load.value?.theme ?? nothing}
      lang="zh-CN"
    >
      ${this.load.render({
        pending: () => html`${problems}<div class="embed__graphic"><div class="embed__ghost"></div></div>`,
        error: (e) => {
          const message = e instanceof EmbedProblem ? e.message : s.loadFailed(e instanceof Error ? e.message : String(e));
          return html`<div class="embed__missing" role="alert" part="error" lang=${o.lang}><strong>${message}</strong></div>`;
        },
        complete: (chart) => this.renderChart(chart, o, s, problems),
      })}
    </div>`;
  }

  private renderChart(chart: EmbedChart, o: EmbedOptions, s: Strings, problems: unknown) {
    const files = embedFiles(chart.id);
    const url = (p: string) => new URL(p, SITE).href;
    return html`<header class="embed__head">
        <p class="embed__title" role="heading" aria-level="2">${chart.title}</p>
        ${chart.subtitle ? html`<p class="embed__subtitle">${chart.subtitle}</p>` : nothing} ${problems}
      </header>
      <div class="embed__graphic" data-graphic=${chart.graphic}>${this.graphic}</div>
      <footer class="embed__foot" lang=${o.lang}>
        ${chart.sources.length ? html`<p>${sourceLine(chart, s)}</p>` : nothing}
        ${chart.note ? html`<p>${s.note}${chart.note}</p>` : nothing}
        <p>${chart.credit} · <a href=${url(chart.story.url)} target="_blank" rel="noopener">${s.from}《${chart.story.title}》</a></p>
        <!-- Another site's page cannot "download" our files: the links open them in a new tab instead of replacing the article. -->
        <p>
          ${s.download}：<a href=${url(files.png)} download target="_blank" rel="noopener">PNG</a> ·
          <a href=${url(files.svg)} download target="_blank" rel="noopener">SVG</a> ·
          <a href=${url(files.csv)} download target="_blank" rel="noopener">${s.data} CSV</a>
        </p>
      </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-embed': JhEmbed;
  }
}
