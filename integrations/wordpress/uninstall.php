<?php
/**
 * Removes everything the plugin stored: its one option.
 *
 * @package MessageUs
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'message_us_settings' );
delete_site_option( 'message_us_settings' );
