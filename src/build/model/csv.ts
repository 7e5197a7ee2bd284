/**
 * The figures a published chart plots, as CSV: one row per figure (or per
 * place, route and fact on maps), each with its unit, bound, kind, source
 * document and the passage that contains it. UTF-8 with a byte-order mark,
 * so that spreadsheet programs on Chinese Windows read it as UTF-8.
 */
import { csvFormatRows } from 'd3-dsv';
import { KIND_LABEL } from '../../core/text/format.ts';
import type { SourceDoc } from '../../core/schema/data.ts';
import type { EmbedChart } from '../../core/embed/chart.ts';

const BOUND_LABEL = { over: '超过', 'at-least': '以上', about: '约' } as const;

export const FIGURE_COLUMNS = ['指标', '时期', '数值', '单位', '数值界限', '类别', '地区', '注', '来源文件', '原文'];
export const FEATURE_COLUMNS = ['类型', '名称', '所在县（市、区）', '说明', '位置', '来源文件', '原文'];

export function chartCsv(chart: EmbedChart): string {
  const { data } = chart;
  const doc = (id: string) => {
    const d: SourceDoc | undefined = data.sources[id];
    return d ? `${d.id}《${d.title}》` : id === 'common' ? '公开常识（地名）' : id;
  };
  const figures = Object.values(data.figures);
  let rows: string[][];
  if (figures.length) {
    rows = [
      FIGURE_COLUMNS,
      ...figures.map((f) => [
        f.metric,
        f.period,
        String(f.value),
        f.unit,
        f.bound ? BOUND_LABEL[f.bound] : '',
        KIND_LABEL[f.kind],
        f.place,
        f.note ?? '',
        doc(f.source),
        f.evidence,
      ]),
    ];
  } else {
    const where = (approx: boolean) => (approx ? '示意' : '');
    rows = [
      FEATURE_COLUMNS,
      ...Object.values(data.facts).map((f) => ['信息', f.label, f.subject, f.note ?? '', '', doc(f.source), f.evidence]),
      ...Object.values(data.places).map((p) => ['地点', p.name, p.county ?? '', '', where(p.approx), doc(p.source), p.evidence ?? '']),
      ...Object.values(data.routes).map((r) => ['线路', r.name, '', r.note ?? '', where(r.approx), doc(r.source), r.evidence ?? '']),
    ];
  }
  return `\uFEFF${csvFormatRows(rows)}\r\n`;
}
