import MagicString from 'magic-string';

/**
 * Rollup plugin for the CDN bundles: drops fields of the schema's option rows
 * (src/core/schema.ts `OPTIONS`) that no code in the bundle reads. The rows
 * stay whole in the npm build, where the configurator, the docs and CMS
 * authors read every field; a bundle only needs what its elements decide
 * with. `apple` (Apple's attribute names) is read by the Apple markup layer
 * only, `group` and `tokens` by forms and docs only, `example` by the full
 * warnings of the development build only.
 *
 * @param {readonly string[]} fields - Property names to drop from every row.
 */
export function stripSchemaFields(fields) {
  const drop = new Set(fields);
  return {
    name: 'strip-schema-fields',
    transform(code, id) {
      if (!drop.size || !id.replaceAll('\\', '/').endsWith('/src/core/schema.ts')) return null;
      const ast = this.parse(code);
      const rows = ast.body
        .flatMap((node) => (node.type === 'ExportNamedDeclaration' ? [node.declaration] : [node]))
        .filter((node) => node?.type === 'VariableDeclaration')
        .flatMap((node) => node.declarations)
        .find((d) => d.id.name === 'OPTIONS')?.init;
      if (rows?.type !== 'ArrayExpression') {
        this.error('strip-schema-fields: `OPTIONS` is no longer an array literal in schema.ts');
      }
      const out = new MagicString(code);
      let dropped = 0;
      for (const row of rows.elements) {
        for (const property of row.properties) {
          if (!drop.has(property.key?.name ?? property.key?.value)) continue;
          // The property and the comma after it.
          const end = code[property.end] === ',' ? property.end + 1 : property.end;
          out.remove(property.start, end);
          dropped++;
        }
      }
      if (!dropped) this.error(`strip-schema-fields: no row has ${[...drop].join(', ')}`);
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
}
