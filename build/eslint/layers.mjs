// The layer rule (VS Code style): who may import whom, from DESIGN.md section 2. Checked on resolved paths, so a
// relative import cannot sneak across a layer by its spelling.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Layer -> what it may import: other layers, Node builtins, the 'electron' package. */
export const LAYERS = {
  shared: { layers: ['shared'], node: false, electron: false },
  renderer: { layers: ['shared', 'renderer'], node: false, electron: false },
  'electron/core': { layers: ['shared', 'electron/core'], node: true, electron: false },
  'electron/main': { layers: ['shared', 'electron/core', 'electron/main'], node: true, electron: true },
  'electron/preload': { layers: ['shared', 'electron/preload'], node: false, electron: true },
  'electron/host': { layers: ['shared', 'electron/core', 'electron/host'], node: true, electron: false },
  // The CLI's `serve` command starts the loopback host.
  'electron/cli': { layers: ['shared', 'electron/core', 'electron/host', 'electron/cli'], node: true, electron: false },
  'electron/bench': { layers: ['shared', 'electron/core', 'electron/bench'], node: true, electron: false },
};

const ORDER = Object.keys(LAYERS).sort((a, b) => b.length - a.length);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return ORDER.find((layer) => rel === layer || rel.startsWith(`${layer}/`)) ?? null;
}

function check(context, node, specifier) {
  if (typeof specifier !== 'string') return;
  const from = layerOf(context.filename);
  if (!from) return;
  const rules = LAYERS[from];
  const report = (what) => context.report({ node, message: `${from} may not import ${what} (layer rule, DESIGN.md section 2).` });
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = layerOf(path.resolve(path.dirname(context.filename), specifier));
    if (target && !rules.layers.includes(target)) report(target);
    return;
  }
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    if (!rules.electron) report("'electron'");
    return;
  }
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0])) {
    if (!rules.node) report(`the Node built-in '${specifier}'`);
  }
}

export const layersRule = {
  meta: { type: 'problem', docs: { description: 'enforce the import rules between layers' }, schema: [] },
  create(context) {
    return {
      ImportDeclaration: (node) => check(context, node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value),
      ExportAllDeclaration: (node) => check(context, node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(context, node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(context, node, node.arguments[0].value);
        }
      },
    };
  },
};

export const assayPlugin = { rules: { layers: layersRule } };
