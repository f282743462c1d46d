<?php
/**
 * The links message-us renders, built in PHP by the same rules as the
 * library's core (`src/core/messages-url.ts`, `src/core/fallback.ts`) and the
 * language-neutral contract (`docs/link-format.md`, `link-vectors.json`).
 *
 * Pure PHP: no WordPress function is used, so the builder can be tested (and
 * reused by other PHP CMSs) without loading WordPress.
 *
 * @package MessageUs
 */

if ( ! class_exists( 'Message_Us_Link_Exception' ) ) {
	/**
	 * Thrown for input that cannot produce a link. `error_code` is one of the
	 * contract's stable codes: `invalid-business-id`, `invalid-option`,
	 * `invalid-url`, `invalid-phone`, `invalid-email`.
	 */
	class Message_Us_Link_Exception extends InvalidArgumentException {
		/** @var string Stable error code. */
		public $error_code;
		/** @var string The option at fault, e.g. `businessId`. */
		public $field;

		/**
		 * @param string $error_code Stable code.
		 * @param string $field      The option at fault.
		 * @param string $message    English, names the field and a valid example.
		 */
		public function __construct( $error_code, $field, $message ) {
			parent::__construct( $message );
			$this->error_code = $error_code;
			$this->field      = $field;
		}
	}
}

if ( ! class_exists( 'Message_Us_Link' ) ) {
	/**
	 * Builders (`*_url`) throw {@see Message_Us_Link_Exception}; normalisers
	 * (`normalize_*`) return null. Values are UTF-8 strings.
	 */
	final class Message_Us_Link {
		const MESSAGES_BASE = 'https://bcrw.apple.com/urn:biz:';

		const EXAMPLE_ID = '22222222-dddd-4444-bbbb-777777777777';

		// What JavaScript's String.prototype.trim removes. PHP's trim() removes
		// only ASCII whitespace and also removes NUL, which JavaScript keeps.
		const JS_SPACE = '\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

		/**
		 * Replaces every ill-formed UTF-8 sequence with U+FFFD, one per maximal
		 * subpart as browsers' decoders do. JavaScript strings cannot hold bad
		 * UTF-8, but they can hold lone surrogates, which the core replaces
		 * with U+FFFD before encoding; in PHP the same text arrives as bad bytes.
		 *
		 * @param string $value Any bytes.
		 * @return string Valid UTF-8.
		 */
		public static function well_formed( $value ) {
			$value = (string) $value;
			if ( 1 === preg_match( '//u', $value ) ) {
				return $value;
			}
			return preg_replace_callback(
				'/[\x00-\x7F]|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}|(\xE0[\xA0-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]|\xED[\x80-\x9F]|\xF0[\x90-\xBF][\x80-\xBF]?|[\xF1-\xF3][\x80-\xBF]{1,2}|\xF4[\x80-\x8F][\x80-\xBF]?|[\x80-\xFF])/s',
				static function ( $match ) {
					return isset( $match[1] ) ? "\u{FFFD}" : $match[0];
				},
				$value
			);
		}

		/**
		 * JavaScript's `trim()`: Unicode white space and line terminators.
		 *
		 * @param string $value Valid UTF-8.
		 * @return string
		 */
		public static function js_trim( $value ) {
			return preg_replace( '/^[' . self::JS_SPACE . ']+|[' . self::JS_SPACE . ']+$/u', '', $value );
		}

		/**
		 * Percent-encodes one query value: only `A-Z a-z 0-9 - _ . ~` stay raw
		 * (what `encodeURIComponent` keeps, minus `! ' ( ) *`), spaces become
		 * `%20`, never `+`.
		 *
		 * @param string $value Text.
		 * @return string
		 */
		public static function encode_param( $value ) {
			return rawurlencode( self::well_formed( $value ) );
		}

		/**
		 * The business ID trimmed and lower-cased, or null when it is not an
		 * 8-4-4-4-12 hexadecimal UUID (or not a string).
		 *
		 * @param mixed $value Anything.
		 * @return string|null
		 */
		public static function normalize_business_id( $value ) {
			if ( ! is_string( $value ) ) {
				return null;
			}
			$id = self::js_trim( self::well_formed( $value ) );
			if ( 1 !== preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i', $id ) ) {
				return null;
			}
			return strtolower( $id );
		}

		/**
		 * The Apple Messages for Business link
		 * `https://bcrw.apple.com/urn:biz:<id>?biz-intent-id=…&biz-group-id=…&body=…`.
		 *
		 * The ID is trimmed and lower-cased; intent and group are trimmed (they
		 * are routing keys, and a stray space misses the route); body is kept
		 * verbatim (it is the customer's text). Parameters come in that order,
		 * empty ones are left out, each value is encoded once.
		 *
		 * @param mixed $options Array with `businessId` and optional `intent`,
		 *                       `group`, `body` (strings or null).
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-business-id` or `invalid-option`.
		 */
		public static function messages_url( $options ) {
			if ( ! is_array( $options ) ) {
				throw new Message_Us_Link_Exception( 'invalid-option', 'options', 'options must be an array such as ["businessId" => "' . self::EXAMPLE_ID . '"].' );
			}
			$raw = isset( $options['businessId'] ) ? $options['businessId'] : null;
			$id  = self::normalize_business_id( $raw );
			if ( null === $id ) {
				$message = ( null === $raw || ( is_string( $raw ) && '' === self::js_trim( self::well_formed( $raw ) ) ) )
					? 'businessId is missing; use the UUID from Apple Business Register, e.g. "' . self::EXAMPLE_ID . '".'
					: 'businessId is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "' . self::EXAMPLE_ID . '".';
				throw new Message_Us_Link_Exception( 'invalid-business-id', 'businessId', $message );
			}
			$pairs = array();
			foreach ( array(
				'intent' => 'biz-intent-id',
				'group'  => 'biz-group-id',
				'body'   => 'body',
			) as $field => $key ) {
				$value = isset( $options[ $field ] ) ? $options[ $field ] : null;
				if ( null === $value ) {
					continue;
				}
				if ( ! is_string( $value ) ) {
					throw new Message_Us_Link_Exception( 'invalid-option', $field, $field . ' must be a string, e.g. "account_question".' );
				}
				$value = self::well_formed( $value );
				if ( 'body' !== $field ) {
					$value = self::js_trim( $value );
				}
				if ( '' !== $value ) {
					$pairs[] = $key . '=' . self::encode_param( $value );
				}
			}
			return self::MESSAGES_BASE . $id . ( $pairs ? '?' . implode( '&', $pairs ) : '' );
		}

		/**
		 * NFKC, so full-width digits and compatibility spaces read as ASCII.
		 * Uses intl's Normalizer when present; otherwise maps the compatibility
		 * characters that can turn into phone characters.
		 *
		 * @param string $value Valid UTF-8.
		 * @return string
		 */
		private static function nfkc( $value ) {
			if ( class_exists( 'Normalizer' ) ) {
				$normalized = Normalizer::normalize( $value, Normalizer::FORM_KC );
				if ( false !== $normalized && null !== $normalized ) {
					return $normalized;
				}
			}
			return preg_replace_callback(
				'/[\x{FF01}-\x{FF5E}]|[\x{00A0}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]|[\x{2070}-\x{209F}\x{00B2}\x{00B3}\x{00B9}]|[\x{1D7CE}-\x{1D7FF}]|[\x{FE50}-\x{FE6B}]|\x{2011}/u',
				static function ( $match ) {
					$code = mb_ord( $match[0], 'UTF-8' );
					if ( $code >= 0xFF01 && $code <= 0xFF5E ) {
						return chr( $code - 0xFEE0 );
					}
					if ( $code >= 0x1D7CE ) {
						return (string) ( ( $code - 0x1D7CE ) % 10 );
					}
					$map = array(
						0x00B2 => '2',
						0x00B3 => '3',
						0x00B9 => '1',
						0x2070 => '0',
						0x2071 => 'i',
						0x207A => '+',
						0x207B => "\u{2212}",
						0x207D => '(',
						0x207E => ')',
						0x208A => '+',
						0x208B => "\u{2212}",
						0x208D => '(',
						0x208E => ')',
						0x2011 => "\u{2010}",
						0xFE52 => '.',
						0xFE59 => '(',
						0xFE5A => ')',
						0xFE5D => '[',
						0xFE5E => ']',
						0xFE62 => '+',
						0xFE63 => '-',
					);
					if ( isset( $map[ $code ] ) ) {
						return $map[ $code ];
					}
					if ( ( $code >= 0x2074 && $code <= 0x2079 ) || ( $code >= 0x2080 && $code <= 0x2089 ) ) {
						return (string) ( $code & 0xF );
					}
					if ( 0x00A0 === $code || ( $code >= 0x2000 && $code <= 0x200A ) || 0x202F === $code || 0x205F === $code || 0x3000 === $code ) {
						return ' ';
					}
					// Anything else in these ranges maps to a letter or a symbol
					// that is not a phone character: keep it, so the number fails.
					return $match[0];
				},
				$value
			);
		}

		/**
		 * A phone number in E.164 (`+` and 7 to 15 digits, the first not 0), or
		 * null. Accepts `+` or `00`, spaces, dashes, dots, slashes and brackets
		 * between digits, full-width digits, a trunk `(0)` after the country
		 * code (dropped) and a leading `tel:`. Rejects numbers without a country
		 * code, extensions, letters, input over 64 UTF-16 units, non-strings.
		 *
		 * @param mixed $value Anything.
		 * @return string|null
		 */
		public static function normalize_phone( $value ) {
			if ( ! is_string( $value ) ) {
				return null;
			}
			$value = self::well_formed( $value );
			// The core's limit counts UTF-16 code units: astral characters count twice.
			$units = mb_strlen( $value, 'UTF-8' ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
			if ( $units > 64 ) {
				return null;
			}
			$phone = self::js_trim( self::nfkc( $value ) );
			if ( 0 === stripos( $phone, 'tel:' ) ) {
				$phone = substr( $phone, 4 );
			}
			if ( 1 !== preg_match( '/^[+0-9' . self::JS_SPACE . '()\[\].\/\-\x{2010}-\x{2015}\x{2212}]*$/u', $phone ) ) {
				return null;
			}
			$compact = preg_replace( '/[' . self::JS_SPACE . '.\/\-\x{2010}-\x{2015}\x{2212}]/u', '', $phone );
			$compact = preg_replace( '/([0-9)\]])\(0\)/', '$1', $compact );
			$compact = preg_replace( '/[()\[\]]/', '', $compact );
			if ( 1 !== preg_match( '/^(?:\+|00)([1-9][0-9]{6,14})$/', $compact, $match ) ) {
				return null;
			}
			return '+' . $match[1];
		}

		/**
		 * @param mixed $value Anything.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-phone`.
		 */
		private static function require_phone( $value ) {
			$phone = self::normalize_phone( $value );
			if ( null === $phone ) {
				throw new Message_Us_Link_Exception( 'invalid-phone', 'phone', 'phone: expected an international number starting with + or 00 and the country code, such as "+1 216 395 4902".' );
			}
			return $phone;
		}

		/**
		 * @param mixed  $value Null or a string.
		 * @param string $field Name for the error.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-option`.
		 */
		private static function optional_text( $value, $field ) {
			if ( null === $value ) {
				return '';
			}
			if ( ! is_string( $value ) ) {
				throw new Message_Us_Link_Exception( 'invalid-option', $field, $field . ': expected a string such as "Hello".' );
			}
			return $value;
		}

		/**
		 * @param mixed  $options Anything.
		 * @param string $example Shown in the error.
		 * @return array
		 * @throws Message_Us_Link_Exception `invalid-option`.
		 */
		private static function options_array( $options, $example ) {
			if ( ! is_array( $options ) ) {
				throw new Message_Us_Link_Exception( 'invalid-option', 'options', 'options: expected an array such as ' . $example . '.' );
			}
			return $options;
		}

		/**
		 * @param array $options Array.
		 * @param string $key    Key.
		 * @return mixed
		 */
		private static function get( $options, $key ) {
			return array_key_exists( $key, $options ) ? $options[ $key ] : null;
		}

		/**
		 * @param array $pairs name => already encoded value; empty ones are left out.
		 * @return string
		 */
		private static function query( $pairs ) {
			$present = array();
			foreach ( $pairs as $name => $encoded ) {
				if ( '' !== $encoded ) {
					$present[] = $name . '=' . $encoded;
				}
			}
			return $present ? '?' . implode( '&', $present ) : '';
		}

		/**
		 * `tel:+12163954902`.
		 *
		 * @param mixed $phone A number {@see normalize_phone} accepts.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-phone`.
		 */
		public static function tel_url( $phone ) {
			return 'tel:' . self::require_phone( $phone );
		}

		/**
		 * `sms:+12163954902?body=…` (`rfc5724`, the default) or
		 * `sms:+12163954902&body=…` (`apple`).
		 *
		 * @param mixed  $options `phone` and optional `body`.
		 * @param string $style   `rfc5724` or `apple`.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-phone` or `invalid-option`.
		 */
		public static function sms_url( $options, $style = 'rfc5724' ) {
			$o     = self::options_array( $options, '["phone" => "+12163954902", "body" => "Hello"]' );
			$phone = self::require_phone( self::get( $o, 'phone' ) );
			$body  = self::encode_param( self::optional_text( self::get( $o, 'body' ), 'body' ) );
			if ( 'apple' !== $style && 'rfc5724' !== $style ) {
				throw new Message_Us_Link_Exception( 'invalid-option', 'style', 'style: expected "apple" or "rfc5724".' );
			}
			if ( '' === $body ) {
				return 'sms:' . $phone;
			}
			return 'sms:' . $phone . ( 'apple' === $style ? '&' : '?' ) . 'body=' . $body;
		}

		/**
		 * `https://wa.me/12163954902?text=…`.
		 *
		 * @param mixed $options `phone` and optional `text`.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-phone` or `invalid-option`.
		 */
		public static function whatsapp_url( $options ) {
			$o      = self::options_array( $options, '["phone" => "+12163954902", "text" => "Hello"]' );
			$digits = substr( self::require_phone( self::get( $o, 'phone' ) ), 1 );
			return 'https://wa.me/' . $digits . self::query( array( 'text' => self::encode_param( self::optional_text( self::get( $o, 'text' ), 'text' ) ) ) );
		}

		/**
		 * `https://m.me/<page>?text=…&ref=…`.
		 *
		 * @param mixed $options `page` and optional `text`, `ref`.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-option`.
		 */
		public static function messenger_url( $options ) {
			$o    = self::options_array( $options, '["page" => "examplebakery", "text" => "Hello"]' );
			$page = self::get( $o, 'page' );
			$page = is_string( $page ) ? self::js_trim( self::well_formed( $page ) ) : '';
			if ( 1 !== preg_match( '/^(?:[A-Za-z0-9][A-Za-z0-9.]{4,49}|[0-9]{1,20})$/', $page ) ) {
				throw new Message_Us_Link_Exception( 'invalid-option', 'page', 'page: expected a Facebook page username such as "examplebakery" or a numeric page ID.' );
			}
			return 'https://m.me/' . $page . self::query(
				array(
					'text' => self::encode_param( self::optional_text( self::get( $o, 'text' ), 'text' ) ),
					'ref'  => self::encode_param( self::optional_text( self::get( $o, 'ref' ), 'ref' ) ),
				)
			);
		}

		/**
		 * One e-mail address with an ASCII domain, or null.
		 *
		 * @param string $value Valid UTF-8.
		 * @return string|null
		 */
		private static function normalize_email( $value ) {
			$address = self::js_trim( $value );
			if ( self::utf16_length( $address ) > 254 ) {
				return null;
			}
			$parts = explode( '@', $address );
			if ( 2 !== count( $parts ) ) {
				return null;
			}
			list( $local, $domain ) = $parts;
			if ( strlen( $local ) > 64 || 1 !== preg_match( '/^[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~-]+)*$/', $local ) ) {
				return null;
			}
			if ( 1 === preg_match( '/[^\x00-\x7F]/', $domain ) ) {
				// Slashes, colons, percent signs… would change what the URL
				// parser reads as the host, so only these may go through IDNA.
				$domain = 1 === preg_match( '/^[A-Za-z0-9.\-\x{0080}-\x{FFFF}]+$/u', $domain ) ? self::idn_to_ascii( $domain ) : null;
				if ( null === $domain ) {
					return null;
				}
			}
			if ( 1 !== preg_match( '/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/', $domain ) ) {
				return null;
			}
			return $local . '@' . $domain;
		}

		/**
		 * @param string $value Valid UTF-8.
		 * @return int Length in UTF-16 code units, as JavaScript counts.
		 */
		private static function utf16_length( $value ) {
			return mb_strlen( $value, 'UTF-8' ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
		}

		/**
		 * An internationalised domain as A-labels, the way the URL parser does
		 * it (UTS #46, non-transitional), or null.
		 *
		 * @param string $domain Valid UTF-8.
		 * @return string|null
		 */
		public static function idn_to_ascii( $domain ) {
			if ( ! function_exists( 'idn_to_ascii' ) ) {
				return null;
			}
			// idn_to_ascii() returns false on any error; the URL standard ignores
			// hyphen placement and DNS length, so read the result and the errors.
			idn_to_ascii( $domain, IDNA_NONTRANSITIONAL_TO_ASCII | IDNA_CHECK_BIDI | IDNA_CHECK_CONTEXTJ, INTL_IDNA_VARIANT_UTS46, $info );
			$ignored = IDNA_ERROR_HYPHEN_3_4 | IDNA_ERROR_LEADING_HYPHEN | IDNA_ERROR_TRAILING_HYPHEN | IDNA_ERROR_EMPTY_LABEL | IDNA_ERROR_LABEL_TOO_LONG | IDNA_ERROR_DOMAIN_NAME_TOO_LONG;
			if ( ! isset( $info['result'], $info['errors'] ) || 0 !== ( $info['errors'] & ~$ignored ) || '' === $info['result'] ) {
				return null;
			}
			$ascii = $info['result'];
			return strtolower( $ascii );
		}

		/**
		 * Addresses from one string (comma-separated), an array, or null.
		 *
		 * @param mixed  $value Anything.
		 * @param string $field Name for the error.
		 * @return string Encoded, comma-joined.
		 * @throws Message_Us_Link_Exception `invalid-email`.
		 */
		private static function address_list( $value, $field ) {
			if ( null === $value ) {
				return '';
			}
			$fail = new Message_Us_Link_Exception( 'invalid-email', $field, $field . ': expected an email address such as "help@example.com".' );
			if ( ! is_string( $value ) && ! is_array( $value ) ) {
				throw $fail;
			}
			$items   = is_string( $value ) ? explode( ',', self::well_formed( $value ) ) : $value;
			$encoded = array();
			foreach ( $items as $item ) {
				if ( is_string( $item ) && '' === self::js_trim( self::well_formed( $item ) ) ) {
					continue;
				}
				$address = is_string( $item ) ? self::normalize_email( self::well_formed( $item ) ) : null;
				if ( null === $address ) {
					throw $fail;
				}
				$encoded[] = preg_replace_callback(
					'/[^A-Za-z0-9\-._~+@]/',
					static function ( $match ) {
						return '%' . strtoupper( bin2hex( $match[0] ) );
					},
					$address
				);
			}
			return implode( ',', $encoded );
		}

		/**
		 * `mailto:` (RFC 6068): subject, body, cc, bcc in that order. Line breaks
		 * in body become CRLF, in subject a space.
		 *
		 * @param mixed $options `to` (required), `cc`, `bcc`, `subject`, `body`.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-email` or `invalid-option`.
		 */
		public static function mailto_url( $options ) {
			$o  = self::options_array( $options, '["to" => "help@example.com", "subject" => "Hello"]' );
			$to = self::address_list( self::get( $o, 'to' ), 'to' );
			if ( '' === $to ) {
				throw new Message_Us_Link_Exception( 'invalid-email', 'to', 'to: expected an email address such as "help@example.com".' );
			}
			$subject = preg_replace( '/\r\n|[\r\n]/', ' ', self::well_formed( self::optional_text( self::get( $o, 'subject' ), 'subject' ) ) );
			$body    = preg_replace( '/\r\n|[\r\n]/', "\r\n", self::well_formed( self::optional_text( self::get( $o, 'body' ), 'body' ) ) );
			return 'mailto:' . $to . self::query(
				array(
					'subject' => self::encode_param( $subject ),
					'body'    => self::encode_param( $body ),
					'cc'      => self::address_list( self::get( $o, 'cc' ), 'cc' ),
					'bcc'     => self::address_list( self::get( $o, 'bcc' ), 'bcc' ),
				)
			);
		}

		/**
		 * A web link normalised as a browser's URL parser would, accepting only
		 * `http:` and `https:` without a user name or password; null otherwise.
		 *
		 * @param mixed       $value The link; surrounding white space is ignored.
		 * @param string|null $base  Base for relative links.
		 * @return string|null
		 */
		public static function normalize_web_url( $value, $base = null ) {
			if ( ! is_string( $value ) ) {
				return null;
			}
			$base_url = null;
			if ( null !== $base ) {
				$base_url = is_string( $base ) ? Message_Us_Url_Parser::parse( self::well_formed( $base ), null ) : null;
				if ( null === $base_url ) {
					return null;
				}
			}
			$url = Message_Us_Url_Parser::parse( self::js_trim( self::well_formed( $value ) ), $base_url );
			if ( null === $url || ( 'http' !== $url['scheme'] && 'https' !== $url['scheme'] ) ) {
				return null;
			}
			// "https://bank.example@evil.example" reads as the bank and goes to
			// evil.example: never needed for a public contact page.
			if ( '' !== $url['username'] || '' !== $url['password'] ) {
				return null;
			}
			return Message_Us_Url_Parser::serialize( $url );
		}

		/**
		 * Like {@see normalize_web_url}, but throws where it returns null.
		 *
		 * @param mixed       $value The link.
		 * @param string|null $base  Base for relative links.
		 * @return string
		 * @throws Message_Us_Link_Exception `invalid-url`.
		 */
		public static function web_url( $value, $base = null ) {
			$href = self::normalize_web_url( $value, $base );
			if ( null === $href ) {
				throw new Message_Us_Link_Exception( 'invalid-url', 'url', 'url: expected an absolute http: or https: address such as "https://example.com/contact".' );
			}
			return $href;
		}
	}
}

require_once __DIR__ . '/url-parser.php';
