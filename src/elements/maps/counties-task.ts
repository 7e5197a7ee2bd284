/** The county outlines as a Task, for the elements that draw Jinhua's counties. */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '../../platform/fetch.ts';
import { regions } from '../../core/geo/topo.ts';
import { prepareOutlines } from './county-layout.ts';

export const countiesTask = (host: ReactiveControllerHost, src: () => string) =>
  new Task(host, {
    task: async ([url], { signal }) => {
      const features = regions(await fetchJson<Topology>(url, signal), 'counties');
      await prepareOutlines(features, signal);
      return features;
    },
    args: () => [src()] as const,
  });
