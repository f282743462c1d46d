<?php
/**
 * Loads the link builder and, when WP_DIR names a WordPress install with the
 * plugin active (test/wordpress/run.mjs sets one up), WordPress itself.
 *
 * @package MessageUs
 */

$wp_dir = getenv( 'WP_DIR' );
if ( $wp_dir ) {
	$_SERVER['HTTP_HOST']   = '127.0.0.1:' . ( getenv( 'WP_PORT' ) ? getenv( 'WP_PORT' ) : '8089' );
	$_SERVER['REQUEST_URI'] = '/';
	// PHPUnit includes this file inside a method: WordPress's file-scope
	// variables must be declared global first, as WordPress's own test
	// bootstrap does.
	global $wpdb, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories, $wp_filter, $wp_actions, $wp_current_filter;
	require $wp_dir . '/wp-load.php';
	// The settings sanitiser reports through add_settings_error(), an admin function.
	require_once ABSPATH . 'wp-admin/includes/template.php';
	if ( ! function_exists( 'message_us_render' ) ) {
		fwrite( STDERR, "The message-us plugin is not active in $wp_dir.\n" );
		exit( 1 );
	}
} else {
	require dirname( __DIR__, 3 ) . '/integrations/wordpress/includes/link.php';
}
