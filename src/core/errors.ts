/**
 * Error codes carried by {@link MessageUsError}. They are part of the public
 * API: CMS plugins switch on them to show their own messages.
 */
export type MessageUsErrorCode =
  'invalid-business-id' | 'invalid-option' | 'invalid-url' | 'invalid-phone' | 'invalid-email';

/**
 * Thrown by the core's builders for input that cannot produce a valid link.
 *
 * It extends `TypeError` because every case is a value of the wrong shape;
 * `code` is stable, `message` is for humans and names the field together
 * with a valid example.
 */
export class MessageUsError extends TypeError {
  readonly code: MessageUsErrorCode;
  readonly field: string;

  constructor(code: MessageUsErrorCode, field: string, message: string) {
    super(message);
    this.name = 'MessageUsError';
    this.code = code;
    this.field = field;
  }
}
