<?php
/**
 * Server-side render of message-us/button.
 *
 * @package MessageUs
 * @var array $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

echo '<div ' . get_block_wrapper_attributes() . '>' . message_us_render_block( 'message-us-button', $attributes ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- both parts escape their values.
