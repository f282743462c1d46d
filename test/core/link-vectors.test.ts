import {expect} from '@open-wc/testing';
import {MessageUsError} from '../../src/core/errors.js';
import {
  buildMailtoUrl,
  buildMessengerUrl,
  buildSmsUrl,
  buildTelUrl,
  buildWebUrl,
  buildWhatsAppUrl,
  smsStyleFor,
} from '../../src/core/fallback.js';
import {buildMessagesUrl, validateMessagesOptions} from '../../src/core/messages-url.js';

/** One entry of link-vectors.json (see docs/link-format.md §6). */
interface Vector {
  name: string;
  kind: 'messages' | 'tel' | 'sms' | 'whatsapp' | 'messenger' | 'mailto' | 'web';
  platform?: 'apple' | 'other';
  // The vectors feed the builders invalid input on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  input: any;
  href?: string;
  error?: string;
  warnings?: string[];
}

const KINDS = ['messages', 'tel', 'sms', 'whatsapp', 'messenger', 'mailto', 'web'];

// Fetched from the test server rather than imported, so the file is read
// exactly as a plugin author's JSON parser reads it.
const file = (await (await fetch(new URL('../../link-vectors.json', import.meta.url))).json()) as {
  $comment: string;
  version: number;
  vectors: Vector[];
};

function build(vector: Vector): string {
  const {input} = vector;
  switch (vector.kind) {
    case 'messages':
      return buildMessagesUrl(input);
    case 'tel':
      return buildTelUrl(input.phone);
    case 'sms':
      return buildSmsUrl(input, smsStyleFor({isApple: vector.platform === 'apple'}));
    case 'whatsapp':
      return buildWhatsAppUrl(input);
    case 'messenger':
      return buildMessengerUrl(input);
    case 'mailto':
      return buildMailtoUrl(input);
    case 'web':
      return buildWebUrl(input.url, input.base);
  }
}

/** What the library makes of a vector, in the vector's own shape. */
function result(vector: Vector): Pick<Vector, 'href' | 'error' | 'warnings'> {
  let href: string;
  try {
    href = build(vector);
  } catch (error) {
    if (!(error instanceof MessageUsError)) throw error;
    return {error: error.code};
  }
  if (vector.kind !== 'messages') return {href};
  return {href, warnings: validateMessagesOptions(vector.input).map((found) => found.code)};
}

describe('link-vectors.json', () => {
  it('is version 1, has at least 300 vectors with unique names, and covers every kind', () => {
    expect(file.version).to.equal(1);
    expect(file.$comment).to.contain('docs/link-format.md');
    expect(file.vectors.length).to.be.at.least(300);
    expect(new Set(file.vectors.map((vector) => vector.name)).size).to.equal(file.vectors.length);
    expect([...new Set(file.vectors.map((vector) => vector.kind))].sort()).to.deep.equal(
      [...KINDS].sort()
    );
  });

  it('has links and errors for every kind, and both sms platforms', () => {
    for (const kind of KINDS) {
      const ofKind = file.vectors.filter((vector) => vector.kind === kind);
      expect(
        ofKind.some((vector) => vector.href !== undefined),
        `${kind} href`
      ).to.equal(true);
      expect(
        ofKind.some((vector) => vector.error !== undefined),
        `${kind} error`
      ).to.equal(true);
    }
    const platforms = file.vectors.filter((vector) => vector.kind === 'sms').map((v) => v.platform);
    expect([...new Set(platforms)].sort()).to.deep.equal(['apple', 'other']);
  });

  it('gives each vector either an href or an error, never both', () => {
    for (const vector of file.vectors) {
      expect((vector.href === undefined) !== (vector.error === undefined), vector.name).to.equal(
        true
      );
    }
  });

  for (const vector of file.vectors) {
    it(`${vector.kind}: ${vector.name}`, () => {
      const expected: Pick<Vector, 'href' | 'error' | 'warnings'> =
        vector.error !== undefined ? {error: vector.error} : {href: vector.href};
      if (vector.warnings !== undefined) expected.warnings = vector.warnings;
      expect(result(vector)).to.deep.equal(expected);
    });
  }
});
