/**
 * Layer check, run by `npm run lint` after oxlint: reads every import in src/ (static `import`,
 * `export … from` and dynamic `import()`) and fails when one crosses a layer boundary the wrong
 * way, or when the folders import each other in a circle. docs/architecture.md has the same table
 * in prose; change both together.
 *
 * Usage: tsx scripts/checkLayers.ts  (exit code 1 and one line per violation when it fails)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';

/** A layer: a top-level folder of src/, except that each feature is its own unit. */
export type Unit = string;

type Kind = 'engine' | 'export' | 'capture' | 'sandbox' | 'playback' | 'store' | 'i18n' | 'ui' | 'feature' | 'app' | 'test';

/** Which kinds of unit each kind may import (besides itself). Features may not import other features. */
const MAY_IMPORT: Record<Kind, readonly Kind[]> = {
  engine: [],
  export: ['engine'],
  // The capture reader is self-contained: engine *types* only (TYPES_ONLY below).
  capture: [],
  // The sandbox's domain model (session, link format, fork, presets, actions) is as pure as the engine.
  sandbox: ['engine'],
  // The time scale lives with the ladder's pure geometry in export/ladder (the SVG export draws it too).
  playback: ['engine', 'export', 'store'],
  store: ['engine', 'export', 'sandbox', 'i18n', 'playback'],
  // Message tables may name the keys another pure layer defines (the capture reader's problems).
  i18n: ['engine', 'capture'],
  ui: ['engine', 'export', 'sandbox', 'playback', 'store', 'i18n'],
  feature: ['engine', 'export', 'capture', 'sandbox', 'playback', 'store', 'i18n', 'ui'],
  // app/ composes everything; src/main.tsx counts as app.
  app: ['engine', 'export', 'capture', 'sandbox', 'playback', 'store', 'i18n', 'ui', 'feature', 'test'],
  test: ['engine', 'export', 'capture', 'sandbox', 'playback', 'store', 'i18n', 'ui'],
};

/**
 * Imports that break the rules today, each one importing file and the unit it may still import.
 * Delete an entry when its import goes; an entry that no longer matches an import is reported,
 * so this list always shows exactly what is left.
 */
export const KNOWN_EXCEPTIONS: ReadonlyArray<{ readonly file: string; readonly unit: Unit }> = [
  // A test, not the reader: it checks that every problem the reader reports has an English
  // message, so it needs both sides of that contract.
  { file: 'src/capture/fuzz.node.test.ts', unit: 'i18n' },
];

/**
 * The unit a path under src/ belongs to (a file, or a folder an import names, like '../engine'),
 * or undefined for paths outside src/.
 */
export function unitOf(path: string): Unit | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  if (parts[1] === 'features') return parts.length > 2 ? `features/${parts[2]}` : 'features';
  // src/main.tsx, the entry point, composes like app/.
  if (parts.length === 2 && /\.\w+$/.test(parts[1]!)) return 'app';
  return parts[1];
}

/** Kinds a kind may import with `import type` only: they vanish from the build. */
const TYPES_ONLY: Partial<Record<Kind, readonly Kind[]>> = { capture: ['engine'] };

function kindOf(unit: Unit): Kind | undefined {
  if (unit.startsWith('features/')) return 'feature';
  return (Object.keys(MAY_IMPORT) as Kind[]).find((kind) => kind === unit);
}

export interface ImportRef {
  readonly specifier: string;
  /** `import type` / `export type … from`: gone after compilation. */
  readonly typeOnly: boolean;
}

/**
 * Every module specifier a source file imports: `import`, `import type`, `export … from`, and
 * `import()` with a literal path (oxc's parser, the one Vite builds with, so comments and strings
 * never count). The file name picks the grammar (.tsx parses JSX).
 */
export function importsOf(file: string, source: string): ImportRef[] {
  const { module } = parseSync(file, source);
  const allTypes = (entries: ReadonlyArray<{ readonly isType: boolean }>) => entries.length > 0 && entries.every((entry) => entry.isType);
  const dynamic = module.dynamicImports.map(({ moduleRequest }) => source.slice(moduleRequest.start, moduleRequest.end));
  return [
    ...module.staticImports.map((entry) => ({ specifier: entry.moduleRequest.value, typeOnly: allTypes(entry.entries) })),
    ...module.staticExports.flatMap((entry) =>
      entry.entries.flatMap((part) => (part.moduleRequest ? [{ specifier: part.moduleRequest.value, typeOnly: part.isType }] : [])),
    ),
    ...dynamic.flatMap((text) =>
      (/^(['"`])([^'"`$]*)\1$/.exec(text.trim()) ?? []).slice(2, 3).map((specifier) => ({ specifier, typeOnly: false })),
    ),
  ];
}

/** The src-relative path a relative specifier points at (bare package names give undefined). */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
}

const OUTSIDE_SRC = 'outside src/';

export interface Edge {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly from: Unit;
  readonly to: Unit;
}

/** Imports that leave their own unit, one per importing file and specifier. */
export function crossUnitEdges(files: ReadonlyMap<string, string>): Edge[] {
  const edges: Edge[] = [];
  for (const [file, source] of files) {
    const from = unitOf(file);
    if (from === undefined) continue;
    for (const { specifier, typeOnly } of importsOf(file, source)) {
      const target = resolveImport(file, specifier);
      const to = target === undefined ? undefined : unitOf(target);
      if (target !== undefined && to === undefined) {
        edges.push({ file, specifier, typeOnly, from, to: OUTSIDE_SRC });
      } else if (to !== undefined && to !== from) {
        edges.push({ file, specifier, typeOnly, from, to });
      }
    }
  }
  return edges;
}

function isKnownException(edge: Edge): boolean {
  return KNOWN_EXCEPTIONS.some((known) => known.file === edge.file && known.unit === edge.to);
}

/** Why an edge is forbidden, or undefined when it is allowed. */
function ruleBroken(edge: Edge): string | undefined {
  const fromKind = kindOf(edge.from);
  const toKind = kindOf(edge.to);
  if (fromKind === undefined) return `${edge.from} is not a known layer: add it to scripts/checkLayers.ts and docs/architecture.md`;
  if (edge.to === OUTSIDE_SRC) return 'the app is built from src/ alone';
  if (toKind === undefined) return `${edge.to} is not a known layer`;
  if (fromKind === 'feature' && toKind === 'feature') return 'a feature never imports another feature: move what both need into src/ui';
  if (MAY_IMPORT[fromKind].includes(toKind)) return undefined;
  const typesFrom = TYPES_ONLY[fromKind] ?? [];
  if (typesFrom.includes(toKind))
    return edge.typeOnly ? undefined : `${fromKind} may take only types from ${toKind}: write \`import type\``;
  const allowed = [...MAY_IMPORT[fromKind], ...typesFrom.map((kind) => `${kind} (types)`)];
  return `${fromKind} may import only ${allowed.length === 0 ? 'itself' : allowed.join(', ')}`;
}

/** One readable line per import that crosses a boundary the wrong way. */
export function layerViolations(edges: readonly Edge[]): string[] {
  return edges.flatMap((edge) => {
    const reason = ruleBroken(edge);
    if (reason === undefined || isKnownException(edge)) return [];
    return [`${edge.file}: imports '${edge.specifier}' (${edge.from} → ${edge.to}): ${reason}`];
  });
}

/**
 * Folder cycles, as `a → b → a` strings: one per strongly connected group of units (Tarjan).
 * Known exceptions are left out, so the cycle they make today is reported by the allow-list, not here.
 */
export function folderCycles(edges: readonly Edge[]): string[] {
  const graph = new Map<Unit, Set<Unit>>();
  for (const edge of edges) {
    if (isKnownException(edge)) continue;
    if (!graph.has(edge.from)) graph.set(edge.from, new Set());
    graph.get(edge.from)!.add(edge.to);
  }
  const index = new Map<Unit, number>();
  const low = new Map<Unit, number>();
  const stack: Unit[] = [];
  const onStack = new Set<Unit>();
  const groups: Unit[][] = [];
  const visit = (unit: Unit) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    onStack.add(unit);
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
      }
    }
    if (low.get(unit) !== index.get(unit)) return;
    const group: Unit[] = [];
    let member: Unit;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== unit);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit);
  return groups.map((group) => `folder cycle: ${cycleThrough(group, graph).join(' → ')} (each arrow is an import; break one)`);
}

/** The shortest way from the group's first unit back to itself, staying inside the group. */
function cycleThrough(group: readonly Unit[], graph: ReadonlyMap<Unit, ReadonlySet<Unit>>): Unit[] {
  const start = group[0]!;
  const cameFrom = new Map<Unit, Unit>();
  const queue: Unit[] = [start];
  while (queue.length > 0) {
    const unit = queue.shift()!;
    for (const next of graph.get(unit) ?? []) {
      if (!group.includes(next)) continue;
      if (next === start) {
        const path = [unit];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, unit);
        queue.push(next);
      }
    }
  }
  return [...group, start];
}

/** Allow-list entries no import needs any more (the import went, or was moved). */
export function staleExceptions(edges: readonly Edge[]): string[] {
  return KNOWN_EXCEPTIONS.filter((known) => !edges.some((edge) => edge.file === known.file && edge.to === known.unit)).map(
    (known) => `scripts/checkLayers.ts: the known exception ${known.file} → ${known.unit} matches no import any more: delete it`,
  );
}

/** Every message the check prints; empty when the layers hold. */
export function checkLayers(files: ReadonlyMap<string, string>, { checkStale = true } = {}): string[] {
  const edges = crossUnitEdges(files);
  return [...layerViolations(edges), ...folderCycles(edges), ...(checkStale ? staleExceptions(edges) : [])];
}

const SOURCE = /\.(ts|tsx|mts|js|jsx)$/;

export function readSources(root: string, dir = 'src', files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) readSources(root, path, files);
    else if (SOURCE.test(entry.name)) files.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return files;
}

function main(): void {
  const root =
    relative(process.cwd(), join(fileURLToPath(import.meta.url), '..', '..'))
      .split(sep)
      .join('/') || '.';
  const files = readSources(root);
  const problems = checkLayers(files);
  if (problems.length === 0) {
    console.log(`layers: ${files.size} files in src/, no forbidden import, no folder cycle (${KNOWN_EXCEPTIONS.length} known exceptions)`);
    return;
  }
  for (const problem of problems) console.error(problem);
  console.error(`layers: ${problems.length} problem(s); the rules are in docs/architecture.md`);
  process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
