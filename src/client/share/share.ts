/**
 * The 嵌入与下载 dialog of a story page, loaded on the first click of a step's
 * button: the three embed codes for that step's chart, from the same
 * builders the hostile-page tests use, with a copy button each, and the files.
 */
import { embedSnippets } from './snippets.ts';
import type { ChartListing } from '../../core/embed/chart.ts';
import { embedFiles } from '../../core/embed/files.ts';
import type { EmbedTheme } from '../../core/embed/options.ts';

let charts: Promise<ChartListing[]> | undefined;
const loadCharts = () =>
  (charts ??= fetch('/embed/index.json')
    .then((r) => {
      if (!r.ok) throw new Error(`/embed/index.json: HTTP ${r.status}`);
      return r.json() as Promise<ChartListing[]>;
    })
    .catch((e: unknown) => {
      charts = undefined; // the next click tries again
      throw e;
    }));

const dialog = () => document.querySelector<HTMLDialogElement>('.jh-share-dialog')!;
let current: ChartListing | undefined;
/** How the status line names each code, so a second copy is announced too. */
const NAMES: Record<string, string> = { iframe: '网页嵌入', script: '脚本嵌入', image: '静态图片' };

function fill() {
  const d = dialog();
  // No chart (not found, list not loaded): no stale codes from the last one to copy.
  for (const b of d.querySelectorAll<HTMLButtonElement>('[data-copy]')) b.disabled = !current;
  if (!current) {
    for (const kind of ['iframe', 'script', 'image'] as const) d.querySelector<HTMLTextAreaElement>(`#jh-share-${kind}`)!.value = '';
    d.querySelector('.jh-share__name')!.textContent = '';
    d.querySelector('.jh-share__id')!.textContent = '';
    return;
  }
  const theme = d.querySelector<HTMLSelectElement>('[name="theme"]')!.value as EmbedTheme;
  const plain = d.querySelector<HTMLInputElement>('[name="plain"]')!.checked;
  const codes = embedSnippets(location.origin, current, { theme, plain });
  for (const kind of ['iframe', 'script', 'image'] as const) d.querySelector<HTMLTextAreaElement>(`#jh-share-${kind}`)!.value = codes[kind];
  const files = embedFiles(current.id);
  d.querySelector('.jh-share__name')!.textContent = current.title;
  d.querySelector('.jh-share__id')!.textContent = current.id;
  d.querySelector<HTMLAnchorElement>('.jh-share__open')!.href = files.page;
  for (const a of d.querySelectorAll<HTMLAnchorElement>('[data-file]')) a.href = files[a.dataset['file'] as 'png' | 'svg' | 'csv'];
}

async function copy(kind: string) {
  const d = dialog();
  const area = d.querySelector<HTMLTextAreaElement>(`#jh-share-${kind}`)!;
  const status = d.querySelector('.jh-share__status')!;
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    // No clipboard API (an insecure origin, an old browser): select the code for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = `已选中${NAMES[kind] ?? ''}代码，请按 Ctrl+C（⌘C）复制。`;
    return;
  }
  status.textContent = `已复制${NAMES[kind] ?? ''}代码。`;
}

let wired = false;
function wire() {
  if (wired) return;
  wired = true;
  const d = dialog();
  d.addEventListener('change', fill);
  d.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (button) void copy(button.dataset['copy']!);
  });
}

/** Open the dialog for `chart`; focus returns to `opener` when it closes. */
export async function openShare(chart: string, opener: HTMLElement): Promise<void> {
  const d = dialog();
  wire();
  d.querySelector('.jh-share__status')!.textContent = '';
  try {
    current = (await loadCharts()).find((c) => c.id === chart);
  } catch (e) {
    current = undefined;
    d.querySelector('.jh-share__status')!.textContent = `图表列表无法加载（${(e as Error).message}），请刷新重试。`;
  }
  if (!current && !d.querySelector('.jh-share__status')!.textContent)
    d.querySelector('.jh-share__status')!.textContent = `未找到图表“${chart}”。`;
  fill();
  d.addEventListener('close', () => opener.focus(), { once: true });
  d.showModal();
}
