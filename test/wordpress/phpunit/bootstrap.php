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
	require $wp_dir . '/wp-load.php';
	if ( ! function_exists( 'message_us_render' ) ) {
		fwrite( STDERR, "The message-us plugin is not active in $wp_dir.\n" );
		exit( 1 );
	}
} else {
	require dirname( __DIR__, 3 ) . '/integrations/wordpress/includes/link.php';
}
