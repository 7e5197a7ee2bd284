/**
 * Entry of the 404 page. Under /embed/ it is what an iframe with a wrong chart
 * id shows: an inline message naming the id, sized to its frame.
 */
import '../../styles/embed.css';
import 'virtual:jh-tokens.css';
import { reportToParent } from '../shell/frame.ts';
import { STRINGS } from '../../core/embed/options.ts';

const id = /^\/embed\/(.+?)\/?$/.exec(location.pathname)?.[1];
const frame = document.querySelector<HTMLElement>('.embed')!;
if (id) {
  const chart = decodeURIComponent(id);
  frame.querySelector('.embed__missing strong')!.textContent = STRINGS['zh-CN'].unknownChart(chart);
  frame.querySelector('.embed__missing-detail')!.textContent = '请核对嵌入代码中的图表编号；全部可嵌入的图表见本站“图表库”。';
  reportToParent({ chart, theme: 'auto', observe: [frame], measure: () => frame.getBoundingClientRect().height });
}
