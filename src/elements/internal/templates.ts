/** Templates shared by the graphic elements: the inline error and the data table. */
import { html, nothing, type TemplateResult } from 'lit';

/** A readable inline error: what went wrong and how to fix it. Never a blank box. */
export function renderError(title: string, detail: string): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <strong>${title}</strong><span>${detail}</span>
  </div>`;
}

export interface DataTable {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}

/** The plotted figures as a table: the graphic's text alternative, open to everyone. */
export function renderTable(table: DataTable | null): TemplateResult | typeof nothing {
  if (!table || !table.rows.length) return nothing;
  return html`<details class="data" part="data">
    <summary>数据表</summary>
    <table>
      <caption class="visually-hidden">${table.caption}</caption>
      <thead><tr>${table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${table.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table>
  </details>`;
}

/** Split an attribute list: "义乌市, 东阳市" or "义乌市 东阳市". */
export const splitList = (value: string | null | undefined): string[] => (value ?? '').split(/[,，\s]+/).filter(Boolean);

export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
