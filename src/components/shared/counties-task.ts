/** The county outlines as a Task, for the elements that draw Jinhua's counties. */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '../../data/fetch.ts';
import { regions } from '../../geo/topo.ts';

export const countiesTask = (host: ReactiveControllerHost, src: () => string) =>
  new Task(host, {
    task: async ([url], { signal }) => regions(await fetchJson<Topology>(url, signal), 'counties'),
    args: () => [src()] as const,
  });
