/**
 * Schemas for the data files in `data/`. Validated with zod at build time
 * (`vite build` and `npm test`), so a malformed row fails with its file,
 * line and reason instead of yielding an empty chart.
 */
import { z } from 'zod';

/** Source document ids, as in `data/sources.yaml` (`001` is a corrupted repost, never a source). */
export const SourceId = z.string().regex(/^\d{3}$/, 'a three-digit document id such as "000"');

export const FigureKind = z.enum(['actual', 'target', 'rank', 'cumulative']);
export type FigureKind = z.infer<typeof FigureKind>;

export const Figure = z.strictObject({
  /** Stable kebab-case id used by stories, e.g. `xinou-trains-2023`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case latin id'),
  /** What is measured, in Chinese, e.g. 义新欧中欧班列开行列数. */
  metric: z.string().min(1),
  value: z.number().finite(),
  unit: z.string(),
  /** Year, or span, e.g. "2023", "2021—2023-06", "2024". */
  period: z.string().min(1),
  /** 金华市, a county name, or a named hub. */
  place: z.string().min(1),
  kind: FigureKind,
  /**
   * How the source bounds the value: `over` (突破/超过 N), `at-least` (N 以上),
   * `about` (N 左右/约 N). Printed with the value, so a bound never reads as exact.
   */
  bound: z.enum(['over', 'at-least', 'about']).optional(),
  source: SourceId,
  /** Shortest exact passage of the source (white space aside) that contains the value. */
  evidence: z.string().min(2),
  /** Short Chinese note shown beside the figure, e.g. a counting caveat. */
  note: z.string().optional(),
  /** Ids of figures that measure the same thing differently (disagreeing documents). */
  conflicts: z.array(z.string()).optional(),
});
export type Figure = z.infer<typeof Figure>;
export const Figures = z.array(Figure);

export const SourceDoc = z.strictObject({
  id: SourceId,
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  title: z.string().min(1),
  issuer: z.string().min(1),
  date: z.string().min(4),
  /** A short Chinese description of what the document covers. */
  covers: z.string().min(1),
  /** Set for documents in `../shared/sources` that must never be cited. */
  rejected: z.string().optional(),
});
export type SourceDoc = z.infer<typeof SourceDoc>;
export const SourceDocs = z.array(SourceDoc);

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const County = z.strictObject({
  /** GB/T 2260 code, e.g. 330782. */
  code: z.string().regex(/^3307\d\d$/),
  name: z.string().min(2),
  name_en: z.string().min(2),
});
export type County = z.infer<typeof County>;

export const PlaceKind = z.enum(['hub', 'port', 'city', 'platform']);
export const Place = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  name_en: z.string().optional(),
  kind: PlaceKind,
  /** County that hosts it (Jinhua places only). */
  county: z.string().optional(),
  lonlat: LonLat,
  /** True where the position is approximate: drawn with a 示意 label. */
  approx: z.boolean(),
  /** Where the place is named: a source id, or "common" for well-known world cities. */
  source: z.union([SourceId, z.literal('common')]),
  evidence: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const RouteKind = z.enum(['rail-freight', 'sea-rail', 'rail-project', 'road-project', 'waterway-project', 'enclave-link']);
export type RouteKind = z.infer<typeof RouteKind>;
export const Route = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  kind: RouteKind,
  /** Ordered way points; the path between them is drawn as a great-circle line. */
  path: z.array(LonLat).min(2),
  approx: z.boolean(),
  source: z.union([SourceId, z.literal('common')]),
  evidence: z.string().optional(),
  note: z.string().optional(),
});
export type Route = z.infer<typeof Route>;

export const FactTopic = z.enum(['chain', 'cluster', 'industry', 'platform', 'institute', 'enclave', 'corridor', 'problem']);
export type FactTopic = z.infer<typeof FactTopic>;

/**
 * A statement from a source that is not a number: which county makes what,
 * which institutes exist, which chains the city names. Each quotes its evidence.
 */
export const Fact = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** A county (婺城区 …) or 金华市. */
  subject: z.string().min(2),
  topic: FactTopic,
  /** Short Chinese label shown on maps and in tables. */
  label: z.string().min(1),
  /** For topic `industry`: the key chain (a `chain` fact id) the industry belongs to. */
  chain: z.string().optional(),
  /** A place in data/places marking it on a map. */
  place: z.string().optional(),
  source: SourceId,
  evidence: z.string().min(2),
  note: z.string().optional(),
});
export type Fact = z.infer<typeof Fact>;
