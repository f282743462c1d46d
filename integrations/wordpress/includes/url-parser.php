<?php
/**
 * The part of the WHATWG URL Standard's parser that `http:` and `https:`
 * links need, so a web fallback link is normalised in PHP exactly as the
 * browser (and the library's core, which uses `new URL()`) normalises it:
 * scheme and host lower-cased, IDNA, IPv4 numbers in any base, IPv6
 * compressed, default port dropped, dot segments resolved, backslashes read
 * as slashes, and the standard's percent-encode sets.
 *
 * Other schemes are recognised only so they can be refused. Pure PHP.
 *
 * @package MessageUs
 */

if ( ! class_exists( 'Message_Us_Url_Parser' ) ) {
	/**
	 * A parsed URL is an array: scheme, username, password, host, port (int
	 * or null), path (list of segments), query and fragment (string or null).
	 * A non-special scheme gives `['scheme' => …, 'opaque' => true]`.
	 */
	final class Message_Us_Url_Parser {
		const DEFAULT_PORTS = array(
			'http'  => 80,
			'https' => 443,
		);

		/**
		 * @param string     $input Valid UTF-8.
		 * @param array|null $base  A parsed base URL.
		 * @return array|null Null when the standard's parser fails.
		 */
		public static function parse( $input, $base ) {
			// Leading and trailing C0 controls and spaces are stripped, tabs and
			// newlines removed anywhere: "java\tscript:" is "javascript:".
			$input = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', $input );
			$input = str_replace( array( "\t", "\n", "\r" ), '', $input );

			if ( 1 === preg_match( '/^([A-Za-z][A-Za-z0-9+\-.]*):(.*)$/s', $input, $match ) ) {
				$scheme = strtolower( $match[1] );
				$rest   = $match[2];
				if ( ! isset( self::DEFAULT_PORTS[ $scheme ] ) ) {
					return array(
						'scheme' => $scheme,
						'opaque' => true,
					);
				}
				if ( null !== $base && empty( $base['opaque'] ) && $base['scheme'] === $scheme && 1 !== preg_match( '/^[\/\\\\]/', $rest ) ) {
					return self::relative( $rest, $base );
				}
				return self::authority( ltrim( $rest, '/\\' ), $scheme );
			}
			if ( null === $base || ! empty( $base['opaque'] ) ) {
				return null;
			}
			return self::relative( $input, $base );
		}

		/**
		 * @param string $input Input after the scheme, or without one.
		 * @param array  $base  A parsed special base URL.
		 * @return array|null
		 */
		private static function relative( $input, $base ) {
			if ( 1 === preg_match( '/^[\/\\\\]{2}/', $input ) ) {
				return self::authority( ltrim( $input, '/\\' ), $base['scheme'] );
			}
			$url             = $base;
			$url['fragment'] = null;
			if ( '' === $input ) {
				return $url;
			}
			$first = $input[0];
			if ( '#' === $first ) {
				$url['fragment'] = self::encode( substr( $input, 1 ), 'fragment' );
				return $url;
			}
			list( $path, $query, $fragment ) = self::split_rest( $input );
			if ( '?' === $first ) {
				$url['query'] = $query;
			} elseif ( '/' === $first || '\\' === $first ) {
				$url['path']  = self::path( array(), substr( $path, 1 ) );
				$url['query'] = $query;
			} else {
				$url['path']  = self::path( array_slice( $base['path'], 0, -1 ), $path );
				$url['query'] = $query;
			}
			$url['fragment'] = $fragment;
			return $url;
		}

		/**
		 * @param string $rest Path, then `?query`, then `#fragment`.
		 * @return array [path, encoded query or null, encoded fragment or null]
		 */
		private static function split_rest( $rest ) {
			$fragment = null;
			$hash     = strpos( $rest, '#' );
			if ( false !== $hash ) {
				$fragment = self::encode( substr( $rest, $hash + 1 ), 'fragment' );
				$rest     = substr( $rest, 0, $hash );
			}
			$query    = null;
			$question = strpos( $rest, '?' );
			if ( false !== $question ) {
				$query = self::encode( substr( $rest, $question + 1 ), 'query' );
				$rest  = substr( $rest, 0, $question );
			}
			return array( $rest, $query, $fragment );
		}

		/**
		 * @param string $rest   After `scheme://`.
		 * @param string $scheme `http` or `https`.
		 * @return array|null
		 */
		private static function authority( $rest, $scheme ) {
			$end       = strcspn( $rest, '/\\?#' );
			$authority = substr( $rest, 0, $end );
			$rest      = substr( $rest, $end );
			$username  = '';
			$password  = '';
			$at        = strrpos( $authority, '@' );
			if ( false !== $at ) {
				$userinfo = substr( $authority, 0, $at );
				$colon    = strpos( $userinfo, ':' );
				$username = false === $colon ? $userinfo : substr( $userinfo, 0, $colon );
				$password = false === $colon ? '' : substr( $userinfo, $colon + 1 );
				$authority = substr( $authority, $at + 1 );
			}
			$port = null;
			if ( 1 === preg_match( '/^(\[[^\]]*\]|[^:]*)(?::(.*))?$/s', $authority, $parts ) ) {
				$host_text = $parts[1];
				if ( isset( $parts[2] ) && '' !== $parts[2] ) {
					if ( 1 !== preg_match( '/^[0-9]+$/', $parts[2] ) ) {
						return null;
					}
					$port = (int) ltrim( $parts[2], '0' );
					if ( strlen( ltrim( $parts[2], '0' ) ) > 5 || $port > 65535 ) {
						return null;
					}
					if ( self::DEFAULT_PORTS[ $scheme ] === $port ) {
						$port = null;
					}
				}
			} else {
				return null;
			}
			if ( '' === $host_text ) {
				return null;
			}
			$host = self::host( $host_text );
			if ( null === $host ) {
				return null;
			}
			list( $path, $query, $fragment ) = self::split_rest( $rest );
			if ( '' !== $path ) {
				$path = substr( $path, 1 );
			}
			return array(
				'scheme'   => $scheme,
				'username' => self::encode( $username, 'userinfo' ),
				'password' => self::encode( $password, 'userinfo' ),
				'host'     => $host,
				'port'     => $port,
				'path'     => self::path( array(), $path ),
				'query'    => $query,
				'fragment' => $fragment,
			);
		}

		/**
		 * @param array  $path  Segments to start from.
		 * @param string $input Path text without its leading slash.
		 * @return array Segments.
		 */
		private static function path( $path, $input ) {
			$segments = preg_split( '/[\/\\\\]/', $input );
			$last     = count( $segments ) - 1;
			foreach ( $segments as $index => $segment ) {
				$lower = strtolower( $segment );
				$at_end = $index === $last;
				if ( in_array( $lower, array( '..', '.%2e', '%2e.', '%2e%2e' ), true ) ) {
					array_pop( $path );
					if ( $at_end ) {
						$path[] = '';
					}
				} elseif ( '.' === $lower || '%2e' === $lower ) {
					if ( $at_end ) {
						$path[] = '';
					}
				} else {
					$path[] = self::encode( $segment, 'path' );
				}
			}
			return $path;
		}

		/**
		 * Percent-encodes with one of the standard's sets; `%` stays as it is.
		 *
		 * @param string $value UTF-8.
		 * @param string $set   `path`, `query`, `fragment` or `userinfo`.
		 * @return string
		 */
		private static function encode( $value, $set ) {
			$patterns = array(
				'path'     => '/[\x00-\x20"#<>?`{}\x7F-\xFF]/',
				'query'    => '/[\x00-\x20"#<>\'\x7F-\xFF]/',
				'fragment' => '/[\x00-\x20"<>`\x7F-\xFF]/',
				'userinfo' => '/[\x00-\x20"#<>?`{}\/:;=@\[\\\\\]^|\x7F-\xFF]/',
			);
			return preg_replace_callback(
				$patterns[ $set ],
				static function ( $match ) {
					return '%' . strtoupper( bin2hex( $match[0] ) );
				},
				$value
			);
		}

		/**
		 * @param string $text Host as written.
		 * @return string|null Serialised host.
		 */
		private static function host( $text ) {
			if ( '[' === $text[0] ) {
				if ( ']' !== substr( $text, -1 ) ) {
					return null;
				}
				return self::ipv6( substr( $text, 1, -1 ) );
			}
			$domain = rawurldecode( $text );
			if ( 1 !== preg_match( '//u', $domain ) ) {
				return null;
			}
			$ascii = strtolower( $domain );
			if ( 1 === preg_match( '/[^\x00-\x7F]/', $domain ) || false !== strpos( $ascii, 'xn--' ) ) {
				$ascii = Message_Us_Link::idn_to_ascii( $domain );
				if ( null === $ascii ) {
					return null;
				}
			}
			if ( '' === $ascii || 1 === preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7F]/', $ascii ) ) {
				return null;
			}
			$labels = explode( '.', $ascii );
			$last   = end( $labels );
			if ( '' === $last && count( $labels ) > 1 ) {
				$last = $labels[ count( $labels ) - 2 ];
			}
			if ( 1 === preg_match( '/^(?:[0-9]+|0[xX][0-9A-Fa-f]*)$/', $last ) ) {
				return self::ipv4( $labels );
			}
			return $ascii;
		}

		/**
		 * @param array $labels Dot-separated parts.
		 * @return string|null Dotted decimal.
		 */
		private static function ipv4( $labels ) {
			if ( '' === end( $labels ) && count( $labels ) > 1 ) {
				array_pop( $labels );
			}
			if ( count( $labels ) > 4 ) {
				return null;
			}
			$numbers = array();
			foreach ( $labels as $label ) {
				if ( 1 === preg_match( '/^0[xX]([0-9A-Fa-f]*)$/', $label, $hex ) ) {
					$number = '' === $hex[1] ? 0 : hexdec( $hex[1] );
				} elseif ( 1 === preg_match( '/^0([0-7]+)$/', $label, $octal ) ) {
					$number = octdec( $octal[1] );
				} elseif ( 1 === preg_match( '/^(?:0|[1-9][0-9]*)$/', $label ) ) {
					$number = strlen( $label ) > 15 ? INF : (float) $label;
				} else {
					return null;
				}
				$numbers[] = $number;
			}
			$count = count( $numbers );
			foreach ( $numbers as $index => $number ) {
				if ( $index < $count - 1 && $number > 255 ) {
					return null;
				}
			}
			$last = $numbers[ $count - 1 ];
			if ( $last >= pow( 256, 5 - $count ) ) {
				return null;
			}
			$address = $last;
			for ( $index = 0; $index < $count - 1; $index++ ) {
				$address += $numbers[ $index ] * pow( 256, 3 - $index );
			}
			$address = (int) $address;
			return implode( '.', array( ( $address >> 24 ) & 255, ( $address >> 16 ) & 255, ( $address >> 8 ) & 255, $address & 255 ) );
		}

		/**
		 * @param string $text Between the brackets.
		 * @return string|null `[…]`, compressed as the standard serialises it.
		 */
		private static function ipv6( $text ) {
			if ( 1 !== preg_match( '/^[0-9A-Fa-f:.]+$/', $text ) ) {
				return null;
			}
			$bytes = @inet_pton( $text ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- invalid input is a normal outcome here.
			if ( false === $bytes || 16 !== strlen( $bytes ) ) {
				return null;
			}
			$pieces = array_values( unpack( 'n8', $bytes ) );
			// The longest run of two or more zero pieces is compressed, the first on a tie.
			$best_start  = -1;
			$best_length = 1;
			for ( $i = 0; $i < 8; $i++ ) {
				$length = 0;
				while ( $i + $length < 8 && 0 === $pieces[ $i + $length ] ) {
					$length++;
				}
				if ( $length > $best_length ) {
					$best_start  = $i;
					$best_length = $length;
				}
			}
			$out = '';
			for ( $i = 0; $i < 8; $i++ ) {
				if ( $i === $best_start ) {
					$out .= 0 === $i ? '::' : ':';
					$i   += $best_length - 1;
					continue;
				}
				$out .= dechex( $pieces[ $i ] ) . ( 7 === $i ? '' : ':' );
			}
			return '[' . $out . ']';
		}

		/**
		 * @param array $url A parsed special URL.
		 * @return string The href.
		 */
		public static function serialize( $url ) {
			$href = $url['scheme'] . '://';
			if ( '' !== $url['username'] || '' !== $url['password'] ) {
				$href .= $url['username'] . ( '' !== $url['password'] ? ':' . $url['password'] : '' ) . '@';
			}
			$href .= $url['host'] . ( null !== $url['port'] ? ':' . $url['port'] : '' );
			$href .= '/' . implode( '/', $url['path'] );
			if ( null !== $url['query'] ) {
				$href .= '?' . $url['query'];
			}
			if ( null !== $url['fragment'] ) {
				$href .= '#' . $url['fragment'];
			}
			return $href;
		}
	}
}
