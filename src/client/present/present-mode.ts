/**
 * Present mode: one step per slide, driven by keyboard or clicker, with the
 * slide in the URL. `?view=presenter` is the presenter window (notes, next
 * slide, elapsed time), kept in sync both ways (link.ts).
 */
import { clampSlide, deckAction } from './keys.ts';
import { deckLink } from './link.ts';
import { createStage, readStoryData, type ElementLoader } from '../shell/stage.ts';

export function startPresent(load: ElementLoader, slug: string): void {
  const data = readStoryData();
  const slides = [...document.querySelectorAll<HTMLElement>('.slide')];
  const ids = slides.map((s) => s.dataset['step']!);
  const graphic = document.querySelector<HTMLElement>('.deck__graphic')!;
  const stage = createStage(graphic, data, load);
  const presenter = new URLSearchParams(location.search).get('view') === 'presenter';
  const link = deckLink(slug, (slide) => go(slide, { tell: false }));
  const help = document.querySelector<HTMLDialogElement>('.deck__help')!;
  const started = Date.now();
  let at = -1;
  let typed = '';

  const text = (id: string) => slides[ids.indexOf(id)]?.innerHTML ?? '';

  function go(index: number, { tell = true } = {}) {
    const i = clampSlide(index, slides.length);
    if (i === at) return;
    at = i;
    slides.forEach((s, n) => {
      s.hidden = n !== i;
      s.toggleAttribute('aria-current', n === i);
      if (n === i) s.setAttribute('aria-current', 'step');
    });
    history.replaceState(history.state, '', `${location.search}#${ids[i]}`);
    document.querySelector('.deck__n')!.textContent = String(i + 1);
    const bar = document.querySelector<HTMLElement>('.deck__progress')!;
    bar.setAttribute('aria-valuenow', String(i + 1));
    bar.dataset['at'] = String(i);
    bar.style.setProperty('--at', String((i + 1) / slides.length));
    void stage.show(ids[i]!).finally(() => stage.prefetch());
    if (slides.slice(i, i + 2).some((s) => data.views[s.dataset['step']!]?.graphic === 'chart')) stage.prepareChart();
    if (presenter) renderPresenter(i);
    if (tell) link.send(i);
  }

  function renderPresenter(i: number) {
    const id = ids[i]!;
    document.querySelector('.presenter__n')!.textContent = String(i + 1);
    document.querySelector('.presenter__now')!.innerHTML = text(id);
    const notes = data.views[id]?.notes;
    const box = document.querySelector('.presenter__notes')!;
    box.textContent = notes ?? '（这一页没有备注）';
    const next = ids[i + 1];
    document.querySelector('.presenter__next')!.innerHTML = next ? text(next) : '<p>（最后一页）</p>';
  }

  function onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey || help.open || (e.target as HTMLElement).closest?.('input, textarea, [popover]')) return;
    const action = deckAction(e.key, at, slides.length, typed);
    if (action.kind === 'none') return;
    e.preventDefault();
    if (action.kind === 'digit') {
      typed = (typed + action.digit).slice(-3);
      return;
    }
    typed = '';
    if (action.kind === 'go') go(action.to);
    else if (action.kind === 'help') help.showModal();
    else if (action.kind === 'presenter') link.openPresenter(`${location.pathname}?view=presenter#${ids[at]}`);
    else if (action.kind === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    }
  }

  if (presenter) {
    document.body.classList.add('present--presenter');
    document.querySelector<HTMLElement>('.presenter')!.hidden = false;
    const clock = document.querySelector('.presenter__elapsed')!;
    setInterval(() => {
      const s = Math.floor((Date.now() - started) / 1000);
      clock.textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    }, 1000);
    document.querySelector('.presenter__nav')!.addEventListener('click', (e) => {
      const step = Number((e.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset['go'] ?? 0);
      if (step) go(at + step);
    });
  }

  document.querySelector('.deck__help-button')!.addEventListener('click', () => help.showModal());
  addEventListener('keydown', onKey);
  addEventListener('hashchange', () => go(Math.max(0, ids.indexOf(location.hash.slice(1)))));
  go(Math.max(0, ids.indexOf(location.hash.slice(1))), { tell: false });
}
