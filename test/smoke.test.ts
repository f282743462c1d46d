import {expect} from '@open-wc/testing';
import {MessageUsError} from '../src/core/errors.js';

describe('test harness', () => {
  it('runs TypeScript in the browser', () => {
    const error = new MessageUsError('invalid-business-id', 'businessId', 'x');
    expect([error.name, error.code, error instanceof TypeError]).to.deep.equal([
      'MessageUsError',
      'invalid-business-id',
      true,
    ]);
  });
});
