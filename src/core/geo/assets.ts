/** URLs of the geometry files; Vite fingerprints and copies them at build. */
export const GEO_URLS = {
  counties: new URL('../../../data/geo/jinhua-counties.topo.json', import.meta.url).href,
  zhejiang: new URL('../../../data/geo/zhejiang.topo.json', import.meta.url).href,
  eurasia: new URL('../../../data/geo/eurasia.topo.json', import.meta.url).href,
} as const;
