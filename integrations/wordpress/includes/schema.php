<?php
/**
 * The elements' attributes, read from the library's `schema.json` (shipped in
 * the plugin by the build). Nothing in the plugin lists the attributes: the
 * block's attributes and sidebar, the shortcode's accepted attributes, the
 * renderer's whitelist and the settings page all come from here, so an
 * attribute added to the library reaches WordPress with the next build.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

/**
 * The decoded schema, or an empty one when the file is missing or broken.
 *
 * @param string|null $file Another schema file (tests); null for the plugin's.
 * @return array
 */
function message_us_schema( $file = null ) {
	static $cache = array();
	$file = null === $file ? MESSAGE_US_DIR . 'schema.json' : $file;
	if ( ! isset( $cache[ $file ] ) ) {
		$json = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$data = false === $json ? null : json_decode( $json, true );
		$cache[ $file ] = is_array( $data ) && isset( $data['$defs'] ) && is_array( $data['$defs'] ) ? $data : array( '$defs' => array() );
	}
	return $cache[ $file ];
}

/**
 * Element tags the schema describes, e.g. `message-us-button`.
 *
 * @param array|null $schema Defaults to the plugin's.
 * @return string[]
 */
function message_us_element_tags( $schema = null ) {
	$schema = null === $schema ? message_us_schema() : $schema;
	return array_keys( $schema['$defs'] );
}

/**
 * One element's properties, attribute name => JSON Schema, in schema order.
 *
 * @param string     $tag    E.g. `message-us-button`.
 * @param array|null $schema Defaults to the plugin's.
 * @return array
 */
function message_us_properties( $tag, $schema = null ) {
	$schema = null === $schema ? message_us_schema() : $schema;
	if ( ! isset( $schema['$defs'][ $tag ]['properties'] ) || ! is_array( $schema['$defs'][ $tag ]['properties'] ) ) {
		return array();
	}
	return $schema['$defs'][ $tag ]['properties'];
}

/**
 * Properties of every element, first definition wins (for the settings page).
 *
 * @param array|null $schema Defaults to the plugin's.
 * @return array
 */
function message_us_all_properties( $schema = null ) {
	$all = array();
	foreach ( message_us_element_tags( $schema ) as $tag ) {
		$all += message_us_properties( $tag, $schema );
	}
	return $all;
}

/**
 * `business-id` → `businessId`: block attributes are JavaScript identifiers.
 *
 * @param string $attribute Hyphenated attribute name.
 * @return string
 */
function message_us_camel( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}

/**
 * The block attribute (and JavaScript property) name of an attribute: the
 * schema's `x-property` when it gives one, else the camelCase form.
 *
 * @param string $attribute Hyphenated attribute name.
 * @param array  $property  Its JSON Schema.
 * @return string
 */
function message_us_block_key( $attribute, $property ) {
	return isset( $property['x-property'] ) && is_string( $property['x-property'] ) && '' !== $property['x-property']
		? $property['x-property']
		: message_us_camel( $attribute );
}

/**
 * The kind of control and value an attribute takes: `enum`, `boolean`,
 * `number` or `string`.
 *
 * @param array $property JSON Schema of one attribute.
 * @return string
 */
function message_us_kind( $property ) {
	if ( isset( $property['enum'] ) && is_array( $property['enum'] ) ) {
		return 'enum';
	}
	$type = isset( $property['type'] ) ? $property['type'] : 'string';
	return in_array( $type, array( 'boolean', 'number', 'integer' ), true ) ? ( 'integer' === $type ? 'number' : $type ) : 'string';
}

/**
 * Block attribute definitions for one element. No defaults: an attribute the
 * author never set is not saved and not rendered, so the site-wide defaults
 * (and the element's own) apply.
 *
 * @param string $tag Element tag.
 * @return array
 */
function message_us_block_attributes( $tag ) {
	$attributes = array();
	foreach ( message_us_properties( $tag ) as $name => $property ) {
		$kind = message_us_kind( $property );
		$attributes[ message_us_block_key( $name, $property ) ] = array( 'type' => 'enum' === $kind ? 'string' : $kind );
	}
	return $attributes;
}
