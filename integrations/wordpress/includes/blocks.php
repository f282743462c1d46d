<?php
/**
 * The blocks `message-us/button`, `message-us/banner` and
 * `message-us/launcher`: registered from their block.json, with attributes
 * and sidebar generated from the schema. Dynamic: the editor saves
 * attributes (and the launcher its departments, as inner blocks) and PHP
 * renders.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

/** Block folder => element tag. */
const MESSAGE_US_BLOCKS = array(
	'button'   => 'message-us-button',
	'banner'   => 'message-us-banner',
	'launcher' => 'message-us-launcher',
);

/**
 * Block name => element tag, e.g. `message-us/button` => `message-us-button`.
 *
 * @return array
 */
function message_us_block_tags() {
	$tags = array();
	foreach ( MESSAGE_US_BLOCKS as $folder => $tag ) {
		$tags[ 'message-us/' . $folder ] = $tag;
	}
	return $tags;
}

/** Registers the editor script and the blocks. */
function message_us_register_blocks() {
	wp_register_script(
		'message-us-editor',
		MESSAGE_US_URL . 'assets/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n' ),
		MESSAGE_US_VERSION,
		true
	);
	$elements = array();
	foreach ( MESSAGE_US_BLOCKS as $folder => $tag ) {
		if ( ! message_us_properties( $tag ) ) {
			continue;
		}
		$type = register_block_type(
			MESSAGE_US_DIR . 'blocks/' . $folder,
			array( 'attributes' => message_us_block_attributes( $tag ) )
		);
		if ( $type ) {
			$elements[ $type->name ] = $tag;
		}
	}
	wp_add_inline_script(
		'message-us-editor',
		'window.messageUsEditor = ' . wp_json_encode(
			array(
				'schema' => message_us_schema(),
				'blocks' => $elements,
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'message_us_register_blocks' );

/** The editor previews the real element, so it needs the bundle too. */
function message_us_editor_assets() {
	message_us_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'message_us_editor_assets' );
