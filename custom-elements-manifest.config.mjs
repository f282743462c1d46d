// Read by `cem analyze` (npm run build): the elements' attributes come from
// the schema, since the classes do not declare them one by one.
import {schemaManifestPlugin} from './scripts/schema-artifacts.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/core/**', 'src/cdn/**'],
  litelement: true,
  plugins: [await schemaManifestPlugin()],
};
