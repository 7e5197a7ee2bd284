/**
 * Entry of an embed page (/embed/<id>/): apply the URL's options, draw the
 * chart with the same element and view as its story step, and report the
 * page's height to the parent frame.
 */
import '../../styles/embed.css';
import 'virtual:jh-tokens.css';
import type { EmbedChart } from '../../core/embed/chart.ts';
import { sourceLine } from '../../core/embed/text.ts';
import { applyTheme, reportToParent } from '../shell/frame.ts';
import { readOptions, STRINGS } from '../../core/embed/options.ts';
import { propsFor } from '../../core/graphics.ts';
import { defineGraphic } from '../../elements/loaders.ts';

const chart = JSON.parse(document.getElementById('jh-embed-data')!.textContent) as EmbedChart;
const params = new URLSearchParams(location.search);
const { options, problems } = readOptions((name) => params.get(name));
const frame = document.querySelector<HTMLElement>('.embed')!;
const graphic = frame.querySelector<HTMLElement>('.embed__graphic')!;
const el = graphic.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(chart.tag)!;

applyTheme(options.theme);
frame.classList.toggle('embed--plain', options.plain);
if (options.lang !== 'zh-CN') {
  const s = STRINGS[options.lang];
  frame.querySelector('.embed__foot')?.setAttribute('lang', options.lang);
  frame.querySelector('.embed__source')?.replaceChildren(sourceLine(chart, s));
  const note = frame.querySelector('.embed__note');
  if (note) note.textContent = s.note + chart.note;
  const from = frame.querySelector('.embed__credit a');
  if (from) from.textContent = `${s.from}《${chart.story.title}》`;
  const downloads = frame.querySelector('.embed__downloads');
  if (downloads?.firstChild) downloads.firstChild.textContent = `${s.download}: `;
}
if (problems.length) {
  const box = document.createElement('p');
  box.className = 'embed__problem';
  box.setAttribute('role', 'alert');
  box.lang = options.lang;
  box.textContent = `${STRINGS[options.lang].badOption}：${problems.join('；')}`;
  frame.querySelector('.embed__head')!.append(box);
  frame.classList.remove('embed--plain'); // the message must be seen
}

const ghost = graphic.querySelector<HTMLElement>('.embed__ghost')!;
reportToParent({
  chart: chart.id,
  theme: options.theme,
  observe: [frame, graphic, ghost],
  // The natural height: the graphic at its own shape, even where a short fixed frame has shrunk it.
  // Children are summed, not the frame's box: in a frame too short even for the shrunk graphic they overflow it.
  measure: () => {
    const top = frame.getBoundingClientRect().top;
    const bottom = Math.max(...[...frame.children].map((c) => c.getBoundingClientRect().bottom));
    const pad = parseFloat(getComputedStyle(frame).paddingBottom) || 0;
    return bottom - top + pad - graphic.getBoundingClientRect().height + ghost.getBoundingClientRect().height;
  },
});

async function draw() {
  try {
    await defineGraphic(chart.graphic);
  } catch (error) {
    const box = document.createElement('p');
    box.className = 'jh-graphic-error';
    box.setAttribute('role', 'alert');
    box.textContent = STRINGS[options.lang].loadFailed(String((error as Error)?.message ?? error));
    el.replaceWith(box);
    return;
  }
  el.dataset['framed'] = '';
  Object.assign(el, propsFor(chart.data.views[chart.step]!, chart.data));
  await el.updateComplete;
  graphic.dataset['drawn'] = '';
}
void draw();
