/**
 * How the bundle is cut into files, by folder, not by lists of files: moving a module to another
 * folder moves it to that folder's chunk, in plain sight. Each group takes its folders and, before
 * the groups after it, what they import (rolldown's includeDependenciesRecursively); the rest is
 * the bundler's own: one chunk per element, per page entry, per shared remainder.
 *
 * Left to itself the bundler cut a story's first map into eleven files by which pages share what,
 * and a phone on a slow network paid a round trip and a connection for each (budgets test: at most
 * six scripts before a story's first graphic).
 */
import type { Rollup } from 'vite';

type Group = NonNullable<Exclude<Rollup.OutputOptions['codeSplitting'], boolean | undefined>['groups']>[number];

/** A module in `folder` (a path from the repository root), at any depth; Vite's ids use forward slashes everywhere. */
const under = (folder: string) => (id: string) => id.includes(`/${folder}/`);
const anyOf =
  (...tests: ((id: string) => boolean)[]) =>
  (id: string) =>
    tests.some((t) => t(id));
const packages = (names: string) => (id: string) => new RegExp(`/node_modules/(${names})/`).test(id);

export const CHUNK_GROUPS: Group[] = [
  {
    // What every page runs before its first graphic, as one file: Lit, our pages' shell (the stage
    // that shows a step, the flat layout, frame reporting), the element loaders, what every element
    // shares, the platform primitives, and the core modules those import.
    name: 'shell',
    test: anyOf(
      packages('lit|lit-html|lit-element|@lit/reactive-element|@lit/task'),
      // The bundler's own helpers that every element needs: decorators, the preload helper.
      (id) => /@oxc-project\+runtime@[^/]+\/helpers\/esm\/decorate\.js|preload-helper/.test(id),
      under('src/platform'),
      under('src/elements/internal'),
      (id) => id.endsWith('/src/elements/loaders.ts'),
      under('src/client/shell'),
      // How figures read and how long text is: shared by several elements, none of which the shell
      // imports; on their own they became a chunk of 0.4 KB, one more request.
      under('src/core/text'),
    ),
  },
  // An embed page's options and wording, shared with the script embed and the share dialog.
  { name: 'embed-text', test: under('src/core/embed') },
  // What every map draws with (d3-geo, TopoJSON, the plane and label placement, county outlines).
  { name: 'map', test: anyOf(packages('d3-array|d3-geo|topojson-client'), under('src/core/geo'), under('src/elements/maps')) },
];
