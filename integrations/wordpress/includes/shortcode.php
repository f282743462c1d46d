<?php
/**
 * `[message_us business-id="…" intent="…" body="Hi & welcome"]`,
 * `type="banner"` for the banner, and `type="launcher"` enclosing
 * `[message_us …]` departments: `[message_us type="launcher" business-id="…"]
 * [message_us intent="billing" label="Billing"] [/message_us]`.
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
function message_us_shortcode_render( $atts, $content = '' ) {
	$tag = message_us_shortcode_tag( $atts );
	unset( $atts['type'] );
	if ( 'message-us-launcher' === $tag ) {
		return message_us_render_launcher_values( $atts, message_us_shortcode_departments( (string) $content ) );
	}
	return message_us_render( $tag, $atts );
}

/**
 * The element a shortcode's `type` picks; the button when it names none.
 *
 * @param array $atts Parsed attributes.
 * @return string
 */
function message_us_shortcode_tag( $atts ) {
	$type = isset( $atts['type'] ) ? strtolower( trim( $atts['type'] ) ) : 'button';
	$tag  = 'message-us-' . $type;
	return in_array( $tag, message_us_element_tags(), true ) ? $tag : 'message-us-button';
}

/**
 * The departments of `[message_us type="launcher"]…[/message_us]`: the
 * `[message_us …]` shortcodes inside it, in order. Everything else inside
 * (line breaks, paragraphs the editor added, text) is left out: the element
 * shows only its departments.
 *
 * @param string $content The enclosed text.
 * @return array List of array( tag, attribute name => value ).
 */
function message_us_shortcode_departments( $content ) {
	$departments = array();
	if ( preg_match_all( '/' . get_shortcode_regex( array( 'message_us' ) ) . '/', $content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$atts = message_us_parse_shortcode_atts( $match[3] );
			$tag  = message_us_shortcode_tag( $atts );
			unset( $atts['type'] );
			$departments[] = array( $tag, $atts );
		}
	}
	return $departments;
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
	return message_us_shortcode_render( message_us_parse_shortcode_atts( isset( $match[3] ) ? $match[3] : '' ), isset( $match[5] ) ? $match[5] : '' );
}
add_filter( 'pre_do_shortcode_tag', 'message_us_pre_do_shortcode_tag', 10, 4 );

/**
 * The registered callback, for code that calls it directly with parsed
 * attributes; do_shortcode() goes through the filter above.
 *
 * @param array|string $atts Attributes.
 * @return string
 */
function message_us_shortcode( $atts, $content = '' ) {
	$pairs = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_string( $name ) ) {
			$pairs[] = $name . '="' . str_replace( '"', '&quot;', (string) $value ) . '"';
		}
	}
	return message_us_shortcode_render( message_us_parse_shortcode_atts( implode( ' ', $pairs ) ), $content );
}
add_shortcode( 'message_us', 'message_us_shortcode' );
