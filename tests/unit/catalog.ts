/** The project's real catalogue, loaded once for tests. */
import path from 'node:path';
import { loadCatalog } from '../../src/build/read/load-data.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const catalog = loadCatalog(path.join(ROOT, 'data'));

/** Valid front matter for test stories: nine lines, so a story's first step fence is on line 11. */
export const STORY_FRONT = `---
title: 测试
kicker: 陆港枢纽
lede: 一句导语。
byline: 编辑部
date: 2024-03-20
theme: port
sources: ["000"]
---
`;
