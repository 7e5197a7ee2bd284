/**
 * Chain → county flow, data → placed: which of the ten key chains each county
 * works in, as a Sankey diagram (d3-sankey). A link is one sourced fact; its
 * width is the number of facts, not an invented amount. Pure; tested in Node.
 */
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { Fact } from '../../core/schema/data.ts';
import { round } from '../../core/text/measure.ts';

export interface FlowNode {
  id: string;
  name: string;
  side: 'chain' | 'county';
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  /** The facts behind the link, for the table and tooltips. */
  facts: Fact[];
}

export interface PlacedFlowNode extends FlowNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PlacedFlowLink extends FlowLink {
  d: string;
  width: number;
}

/** Links from chain facts to counties through facts (industries, platforms) that name a chain. */
export function flowGraph(chains: readonly Fact[], industries: readonly Fact[], countyOrder: readonly string[]) {
  const chainIds = new Set(chains.map((c) => c.id));
  const byPair = new Map<string, FlowLink>();
  for (const f of industries) {
    // Only facts about one of the counties can be drawn as a county node.
    if (!f.chain || !chainIds.has(f.chain) || !countyOrder.includes(f.subject)) continue;
    const key = `${f.chain}→${f.subject}`;
    const link = byPair.get(key) ?? { source: f.chain, target: f.subject, value: 1, facts: [] };
    link.facts.push(f);
    byPair.set(key, link);
  }
  const links = [...byPair.values()];
  const used = new Set(links.map((l) => l.target));
  const linked = new Set(links.map((l) => l.source));
  // Chains the documents tie to no county are left out of the diagram (the table says so).
  const nodes: FlowNode[] = [
    ...chains.filter((c) => linked.has(c.id)).map((c) => ({ id: c.id, name: c.label, side: 'chain' as const })),
    ...countyOrder.filter((c) => used.has(c)).map((c) => ({ id: c, name: c, side: 'county' as const })),
  ];
  return { nodes, links };
}

/** Lay the graph out in a width × height box, leaving room for labels on both sides. */
export function placeFlow(
  graph: { nodes: FlowNode[]; links: FlowLink[] },
  width: number,
  height: number,
  labelRoom = { left: 150, right: 64 },
): { nodes: PlacedFlowNode[]; links: PlacedFlowLink[] } {
  const layout = sankey<FlowNode, FlowLink>()
    .nodeId((n) => n.id)
    .nodeWidth(10)
    .nodePadding(Math.max(4, Math.min(14, height / 40)))
    .nodeSort(null)
    .extent([
      [labelRoom.left, 8],
      [Math.max(labelRoom.left + 40, width - labelRoom.right), Math.max(40, height - 8)],
    ]);
  const g = layout({
    nodes: graph.nodes.map((n) => ({ ...n })),
    links: graph.links.map((l) => ({ ...l })),
  });
  const path = sankeyLinkHorizontal<FlowNode, FlowLink>();
  return {
    nodes: g.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      side: n.side,
      x0: round(n.x0!, 1),
      x1: round(n.x1!, 1),
      y0: round(n.y0!, 1),
      y1: round(n.y1!, 1),
    })),
    links: g.links.map((l) => ({
      source: (l.source as FlowNode).id,
      target: (l.target as FlowNode).id,
      value: l.value,
      facts: l.facts,
      d: path(l) ?? '',
      width: round(Math.max(1, l.width ?? 1), 1),
    })),
  };
}
