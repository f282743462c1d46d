<?php
/**
 * `[message_us business-id="…" intent="…" body="Hi & welcome"]`, and
 * `type="banner"` for the banner.
 *
 * The attribute text is read again from the raw shortcode rather than from
 * WordPress's parsed attributes, because by then it is HTML: the block and
 * classic editors store `&` as `&amp;`, and smart quotes (macOS, word
 * processors, `wptexturize()`) turn `"` into `“ ” ″`, which WordPress's parser
 * does not treat as quotes. The prefilled text must be exactly what the
 * author typed.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads shortcode attribute text: entities decoded once; values in straight,
 * curly or prime quotes, or unquoted; names lower-cased with `_` read as `-`
 * (WordPress 6.1 accepts hyphens in names, older versions and some page
 * builders do not). Text that is not `name=value` is ignored.
 *
 * @param string $text The attribute part of the shortcode.
 * @return array Attribute name => value.
 */
function message_us_parse_shortcode_atts( $text ) {
	$text = html_entity_decode( (string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = Message_Us_Link::well_formed( $text );
	// As shortcode_parse_atts(): no-break and zero-width spaces separate too.
	$text    = preg_replace( '/[\x{00a0}\x{200b}]+/u', ' ', $text );
	$pattern = '/([\w-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|[“”″„]([^“”″]*)[“”″]|[‘’′‚]([^‘’′]*)[‘’′]|([^\s\'"“”″„‘’′]+))/u';
	$atts    = array();
	if ( preg_match_all( $pattern, $text, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$name  = str_replace( '_', '-', strtolower( $match[1] ) );
			$value = '';
			for ( $group = 2; $group <= 6; $group++ ) {
				if ( isset( $match[ $group ] ) && '' !== $match[ $group ] ) {
					$value = $match[ $group ];
					break;
				}
			}
			$atts[ $name ] = $value;
		}
	}
	return $atts;
}

/**
 * Renders the shortcode from name => value pairs.
 *
 * @param array $atts Parsed attributes; `type` picks the element.
 * @return string
 */
function message_us_shortcode_render( $atts ) {
	$type = isset( $atts['type'] ) ? strtolower( trim( $atts['type'] ) ) : 'button';
	$tag  = 'message-us-' . $type;
	if ( ! in_array( $tag, message_us_element_tags(), true ) ) {
		$tag = 'message-us-button';
	}
	unset( $atts['type'] );
	return message_us_render( $tag, $atts );
}

/**
 * Reads the raw attribute text before WordPress's own parser does.
 *
 * @param false|string $output Short-circuit value.
 * @param string       $tag    Shortcode name.
 * @param array|string $attr   WordPress's parse (not used: see above).
 * @param array        $match  The shortcode regex match; [3] holds the attributes.
 * @return false|string
 */
function message_us_pre_do_shortcode_tag( $output, $tag, $attr, $match ) {
	if ( 'message_us' !== $tag || false !== $output ) {
		return $output;
	}
	return message_us_shortcode_render( message_us_parse_shortcode_atts( isset( $match[3] ) ? $match[3] : '' ) );
}
add_filter( 'pre_do_shortcode_tag', 'message_us_pre_do_shortcode_tag', 10, 4 );

/**
 * The registered callback, for code that calls it directly with parsed
 * attributes; do_shortcode() goes through the filter above.
 *
 * @param array|string $atts Attributes.
 * @return string
 */
function message_us_shortcode( $atts ) {
	$pairs = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_string( $name ) ) {
			$pairs[] = $name . '="' . str_replace( '"', '&quot;', (string) $value ) . '"';
		}
	}
	return message_us_shortcode_render( message_us_parse_shortcode_atts( implode( ' ', $pairs ) ) );
}
add_shortcode( 'message_us', 'message_us_shortcode' );
