<?php
/**
 * Plugin Name:       Message Us
 * Plugin URI:        https://github.com/message-us/message-us
 * Description:       A "Message Us" button or banner for Apple Messages for Business, with phone, SMS, WhatsApp and web fallbacks: a block, a shortcode and an optional floating button.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            message-us contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       message-us
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

const MESSAGE_US_VERSION = '0.1.0';
define( 'MESSAGE_US_DIR', plugin_dir_path( __FILE__ ) );
define( 'MESSAGE_US_URL', plugin_dir_url( __FILE__ ) );

require_once MESSAGE_US_DIR . 'includes/link.php';
require_once MESSAGE_US_DIR . 'includes/schema.php';
require_once MESSAGE_US_DIR . 'includes/settings.php';
require_once MESSAGE_US_DIR . 'includes/render.php';
require_once MESSAGE_US_DIR . 'includes/shortcode.php';
require_once MESSAGE_US_DIR . 'includes/assets.php';
require_once MESSAGE_US_DIR . 'includes/blocks.php';
