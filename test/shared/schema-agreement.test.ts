/**
 * One schema, read by everything: the attribute list derived from
 * src/core/schema.ts must agree with each element's observed attributes,
 * custom-elements.json, dist/schema.json, the Apple markup mapping, the
 * configurator's fields and the README's table. Reads the built files, so
 * `npm run build` comes first (as in CI).
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import '../../src/message-us-launcher/index.js';
import {
  OPTIONS,
  TAGS,
  attributesFor,
  optionsFor,
  tagsOf,
  type OptionSpec,
  type Tag,
} from '../../src/core/schema.js';
import {APPLE_MARKUP_ATTRIBUTES, containerToElement} from '../../src/core/apple-markup.js';

async function json(path: string) {
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return response.json();
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: Array<{name: string; type?: {text: string}; default?: string}>;
  events?: Array<{name: string; type?: {text: string}}>;
}

describe('the schema agrees with', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const expected = attributesFor(tag);

      it('its observed attributes (plus the page’s lang and dir)', () => {
        const element = customElements.get(tag) as unknown as {observedAttributes: string[]};
        expect([...element.observedAttributes].sort()).to.deep.equal(
          [...expected, 'lang', 'dir'].sort()
        );
      });

      it('custom-elements.json, enumerations typed as literal unions, events typed', async () => {
        const manifest = await json('/custom-elements.json');
        const declaration = manifest.modules
          .flatMap((module: {declarations?: ManifestDeclaration[]}) => module.declarations ?? [])
          .find((d: ManifestDeclaration) => d.tagName === tag) as ManifestDeclaration;
        expect(declaration.attributes!.map((a) => a.name)).to.deep.equal(expected);
        const theme = declaration.attributes!.find((a) => a.name === 'theme')!;
        expect([theme.type!.text, theme.default]).to.deep.equal([
          "'light' | 'dark' | 'auto'",
          "'dark'",
        ]);
        expect(declaration.events!.map((e) => [e.name, e.type?.text])).to.deep.equal([
          ...(tag === 'message-us-launcher'
            ? [['message-us-launcher-toggle', 'CustomEvent<MessageUsLauncherToggleDetail>']]
            : []),
          ['message-us-click', 'CustomEvent<MessageUsClickDetail>'],
          ['message-us-outcome', 'CustomEvent<MessageUsOutcomeDetail>'],
          ['message-us-availability', 'CustomEvent<MessageUsAvailabilityDetail>'],
        ]);
      });

      it('schema.json: names, types, enums, defaults and Apple names', async () => {
        const schema = await json('/dist/schema.json');
        const def = schema.$defs[tag];
        expect(Object.keys(def.properties)).to.deep.equal(expected);
        for (const option of optionsFor(tag)) {
          const property = def.properties[option.attribute];
          const spec = option as {values?: readonly string[]; default?: unknown};
          expect(
            [property.type, property.enum, property.default, property['x-apple-attribute']],
            option.attribute
          ).to.deep.equal([
            {number: 'number', boolean: 'boolean'}[option.kind as string] ?? 'string',
            spec.values ? [...spec.values] : undefined,
            spec.default,
            option.apple?.[tag],
          ]);
        }
        expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      });

      it('the Apple markup mapping', () => {
        const kind = tag === 'message-us-button' ? 'message' : 'banner';
        const mapped = new Set<string>();
        for (const option of optionsFor(tag)) {
          const name = option.apple?.[tag];
          if (!name) continue;
          const sample =
            option.kind === 'color'
              ? '#123456'
              : option.kind === 'number'
                ? '1.5'
                : option.kind === 'boolean'
                  ? 'false'
                  : option.attribute === 'business-id'
                    ? '22222222-dddd-4444-bbbb-777777777777'
                    : option.attribute === 'phone'
                      ? '+12163954902'
                      : ((option as {values?: readonly string[]}).values?.at(-1) ?? 'x');
          const {attributes} = containerToElement({[name]: sample}, kind);
          Object.keys(attributes).forEach((attribute) => mapped.add(attribute));
        }
        const withApple = optionsFor(tag)
          .filter((o) => o.apple?.[tag])
          .map((o) => o.attribute);
        expect([...mapped].sort()).to.deep.equal(withApple.sort());
      });
    });
  }

  it('the Apple layer’s attribute filter', () => {
    const names = new Set(
      (OPTIONS as readonly OptionSpec[]).flatMap((option) => Object.values(option.apple ?? {}))
    );
    expect([...APPLE_MARKUP_ATTRIBUTES].sort()).to.deep.equal([...names].sort());
  });

  it('the configurator’s fields', async () => {
    // @ts-expect-error The demo is plain JavaScript, type-checked by tsconfig.demo.json.
    const {FIELDS, appliesTo} = await import('../../demo/configurator-model.js');
    // The configurator's own fields, which are not element options.
    const own = ['element', 'lang', 'nojs', 'all-languages'];
    const fields = (FIELDS as Array<{name: string}>)
      .map((f) => f.name)
      .filter((n) => !own.includes(n));
    // The configurator builds buttons and banners; the launcher's own options are not fields.
    const options = OPTIONS.filter(
      (o) => o.group !== 'preview' && tagsOf(o).some((t) => t !== 'message-us-launcher')
    ).map((o) => o.attribute);
    expect(fields).to.deep.equal(options);
    for (const tag of ['message-us-button', 'message-us-banner'] as Tag[]) {
      const type = tag.replace('message-us-', '');
      const applies = options.filter((name) => appliesTo(name, type));
      expect(applies, tag).to.deep.equal(attributesFor(tag).filter((a) => a !== 'platform'));
    }
  });

  it('the attribute table of docs/attributes.md', async () => {
    const readme = await (await fetch('/docs/attributes.md')).text();
    const start = readme.indexOf('<!-- attributes:start');
    const table = readme.slice(start, readme.indexOf('<!-- attributes:end -->'));
    const rows = [...table.matchAll(/^\| `([a-z-]+)`\s*\| (\w+)/gm)].map(([, name, where]) => [
      name,
      where,
    ]);
    // The first word of the Element cell: all, both (button and banner), or the first element.
    const where = (tags: readonly Tag[]) =>
      tags.length === TAGS.length
        ? 'all'
        : tags.join() === 'message-us-button,message-us-banner'
          ? 'both'
          : tags[0].replace('message-us-', '');
    expect(rows).to.deep.equal(OPTIONS.map((o) => [o.attribute, where(tagsOf(o))]));
  });
});
