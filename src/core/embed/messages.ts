/**
 * The postMessage protocol between an embedded chart and the page around it.
 * Pure: builders and guards, used by the embed page, the story page in a
 * frame, and (as plain code, see resize.ts) the host page's resize script.
 *
 * Frame → parent, whenever the content's height changes:
 *   { type: 'jh-embed:height', version: 1, chart, height }   ours
 *   { 'datawrapper-height': { [chart]: height } }           read by Datawrapper's responsive script
 *   'pymxPYMx<childId>xPYMxheightxPYMx<height>'              read by Pym.js, when the URL has ?childId=
 * Parent → frame (accepted only from window.parent, and only these shapes):
 *   { type: 'jh-embed:ping' }                  answer with the height now (the script loaded late)
 *   { type: 'jh-embed:theme', theme: 'light' | 'dark' | 'auto' }   the host page's theme (auto: it says none), for theme=auto
 */
export const HEIGHT = 'jh-embed:height';
export const PING = 'jh-embed:ping';
export const THEME = 'jh-embed:theme';

export interface HeightMessage {
  type: typeof HEIGHT;
  version: 1;
  chart: string;
  height: number;
}

/** Every message announcing `height`, in each convention we speak. */
export function heightMessages(chart: string, height: number, childId?: string | null): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    { type: HEIGHT, version: 1, chart, height: h } satisfies HeightMessage,
    { 'datawrapper-height': { [chart]: h } },
  ];
  if (childId && /^[\w-]{1,64}$/.test(childId)) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
  return messages;
}

export type ParentMessage = { type: typeof PING } | { type: typeof THEME; theme: 'light' | 'dark' | 'auto' };

/** A message from the parent that is for us, or null: anything else is ignored. */
export function readParentMessage(data: unknown): ParentMessage | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d['type'] === PING) return { type: PING };
  if (d['type'] === THEME && (d['theme'] === 'light' || d['theme'] === 'dark' || d['theme'] === 'auto'))
    return { type: THEME, theme: d['theme'] };
  return null;
}

/** A height message from one of our frames, or null. */
export function readHeightMessage(data: unknown): HeightMessage | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d['type'] !== HEIGHT || typeof d['height'] !== 'number' || !Number.isFinite(d['height']) || typeof d['chart'] !== 'string')
    return null;
  return { type: HEIGHT, version: 1, chart: d['chart'], height: Math.min(Math.max(d['height'], 50), 200_000) };
}
