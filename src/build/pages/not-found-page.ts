import { html, type Html } from '../../core/html.ts';
import { ICON_LINKS, SITE_NAME } from './layout.ts';

/** The site's 404 page; under /embed/ it reads as an embed's inline message (see src/client/entries/not-found.ts). */
export function renderNotFoundPage(): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>未找到 · ${SITE_NAME}</title>
<meta name="robots" content="noindex">
${ICON_LINKS}
<script type="module" src="/src/client/entries/not-found.ts"></script>
</head>
<body class="embed-page">
<div class="embed">
<div class="embed__missing" role="alert">
<p><strong>未找到这个页面或图表</strong></p>
<p class="embed__missing-detail">网址可能写错了，或者这张图已经下线。</p>
<p><a href="/" target="_top">返回八婺数据故事首页</a></p>
</div>
</div>
</body>
</html>
`;
}
