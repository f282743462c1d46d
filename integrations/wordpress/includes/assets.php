<?php
/**
 * The element bundle, served from the plugin itself (no third-party CDN, so
 * no visitor data leaves the site), as an ES module, once per page and only on
 * pages that show a button or banner.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

/** Registers the bundle (enqueued by the renderer when something is shown). */
function message_us_register_assets() {
	// WordPress 6.1 has no script modules (wp_register_script_module() arrived
	// in 6.5): a classic script gets type="module" from the filter below.
	wp_register_script( 'message-us', MESSAGE_US_URL . 'assets/message-us.js', array(), MESSAGE_US_VERSION, true );
}
add_action( 'init', 'message_us_register_assets' );

/** Enqueues the bundle; WordPress prints a handle once however often it is enqueued. */
function message_us_enqueue() {
	if ( ! wp_script_is( 'message-us', 'registered' ) ) {
		message_us_register_assets();
	}
	wp_enqueue_script( 'message-us' );
}

/**
 * Makes the bundle's tag a module script.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function message_us_module_tag( $tag, $handle ) {
	if ( 'message-us' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'message_us_module_tag', 10, 2 );
