// The layering of src/ (docs/architecture.md) as a lint rule, so that it holds without
// anyone remembering it:
//   core      imports only core, and no Node built-in (no file, network or process I/O);
//   platform  imports core and platform (shared plumbing: the logger, project paths, loopback checks);
//   adapters  each adapter imports core, platform and itself, never another adapter, never app;
//   app       (composition: server, CLI, services) may import anything.
// Relative imports are resolved against the importing file, so `../teams/x.js` from
// src/adapters/prisma is seen for what it is. Type-only imports count too: a type from
// an adapter ties the core to it as firmly as a value does.
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

/** The layer a file under src/ belongs to: 'core', 'platform', 'app', 'adapters/<name>', or null outside src/. */
export function layerOf(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  if (at < 0) return null;
  const [top, second] = parts.slice(at + 1);
  if (top === 'adapters') return second && !second.includes('.') ? `adapters/${second}` : 'adapters';
  if (top === 'core' || top === 'platform' || top === 'app') return top;
  return 'outside';
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

/** Why `from` may not import `to` (layers), or null when it may. */
export function forbidden(from, to) {
  if (from === to) return null;
  if (from === 'app' || from === 'outside') return null;
  if (to === 'outside') return `src/ has no code outside core, platform, adapters and app`;
  if (from === 'core') return `the core imports only the core (found an import of ${to}); declare an interface in the core and implement it in an adapter`;
  if (to === 'core') return null;
  if (from === 'platform') return to === 'platform' ? null : `platform code imports only core and platform (found ${to})`;
  if (from.startsWith('adapters')) {
    if (to === 'platform') return null;
    if (to === 'app') return `an adapter does not import the app (found ${to}); let the composition root pass what it needs`;
    return `adapters do not import each other (${from} imports ${to}); move what both need into the core`;
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps src/ layered: core ← platform ← adapters (apart) ← app' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (from === null) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(file), specifier));
        const why = to === null ? `${from} imports a file outside src/` : forbidden(from, to);
        if (why) context.report({ node, message: why });
        return;
      }
      if (from === 'core' && isBuiltin(specifier)) context.report({ node, message: `the core does no I/O and needs no Node built-in (${specifier}); take what it needs as a parameter` });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
