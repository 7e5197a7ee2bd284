import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/schema/data.ts';
import { flowGraph, placeFlow } from './chain-flow-layout.ts';

const fact = (id: string, subject: string, topic: Fact['topic'], label: string, chain?: string): Fact => ({
  id,
  subject,
  topic,
  label,
  chain,
  source: '000',
  evidence: label,
});
const chains = [fact('chain-tools', '金华市', 'chain', '电动工具'), fact('chain-magnet', '金华市', 'chain', '磁性材料')];
const industries = [
  fact('yk-tools', '永康市', 'industry', '电动工具', 'chain-tools'),
  fact('wy-tools', '武义县', 'industry', '电动工具', 'chain-tools'),
  fact('dy-magnet', '东阳市', 'industry', '磁性材料', 'chain-magnet'),
  fact('dy-film', '东阳市', 'industry', '影视'),
];
const counties = ['婺城区', '东阳市', '永康市', '武义县'];

describe('chain flow', () => {
  it('links chains to the counties whose industries name them, every link the same width', () => {
    const g = flowGraph(chains, industries, counties);
    expect(g.links.map((l) => `${l.source}→${l.target}:${l.value}`)).toEqual([
      'chain-tools→永康市:1',
      'chain-tools→武义县:1',
      'chain-magnet→东阳市:1',
    ]);
    expect(g.nodes.filter((n) => n.side === 'county').map((n) => n.id)).toEqual(['东阳市', '永康市', '武义县']);
  });

  it('places chains on the left, counties on the right, inside the box', () => {
    const placed = placeFlow(flowGraph(chains, industries, counties), 600, 300);
    const chain = placed.nodes.find((n) => n.id === 'chain-tools')!;
    const county = placed.nodes.find((n) => n.id === '永康市')!;
    expect(chain.x0).toBe(150);
    expect(county.x1).toBe(536);
    for (const n of placed.nodes) expect([n.y0, n.y1]).toSatisfy(([y0, y1]: number[]) => y0! >= 8 && y1! <= 292);
    expect(placed.links.every((l) => l.d.startsWith('M'))).toBe(true);
  });
});
