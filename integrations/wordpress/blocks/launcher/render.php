<?php
/**
 * Server-side render of message-us/launcher: the launcher with its
 * departments (the inner button and banner blocks) as direct children.
 *
 * @package MessageUs
 * @var array    $attributes Block attributes.
 * @var WP_Block $block      The block, for its inner blocks.
 */

defined( 'ABSPATH' ) || exit;

echo '<div ' . get_block_wrapper_attributes() . '>' . message_us_render_launcher( $attributes, $block->inner_blocks ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- both parts escape their values.
