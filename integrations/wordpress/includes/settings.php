<?php
/**
 * Settings → Message Us: the site-wide business ID, defaults for every
 * attribute (printed as `<meta name="message-us:ATTRIBUTE" content="VALUE">`,
 * which the elements read as page-level defaults), analytics, and an optional
 * floating button on every page.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

const MESSAGE_US_OPTION = 'message_us_settings';

/** Analytics integrations the elements can report to. */
const MESSAGE_US_ANALYTICS = array(
	'ga4'  => 'Google Analytics 4 (gtag)',
	'gtm'  => 'Google Tag Manager (dataLayer)',
	'meta' => 'Meta Pixel (fbq)',
);

/**
 * The saved settings with every key present.
 *
 * @return array{business_id: string, defaults: array, floating: bool, analytics: string[]}
 */
function message_us_settings() {
	$saved = get_option( MESSAGE_US_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'business_id' => isset( $saved['business_id'] ) && is_string( $saved['business_id'] ) ? $saved['business_id'] : '',
		'defaults'    => isset( $saved['defaults'] ) && is_array( $saved['defaults'] ) ? $saved['defaults'] : array(),
		'floating'    => ! empty( $saved['floating'] ),
		'analytics'   => isset( $saved['analytics'] ) && is_array( $saved['analytics'] ) ? array_values( array_intersect( array_keys( MESSAGE_US_ANALYTICS ), $saved['analytics'] ) ) : array(),
	);
}

/**
 * Attributes offered as site-wide defaults: every attribute of the schema
 * except those with their own field above them.
 *
 * @return array Attribute name => JSON Schema.
 */
function message_us_default_properties() {
	$properties = message_us_all_properties();
	unset( $properties['business-id'], $properties['analytics'] );
	return $properties;
}

/**
 * Text as stored: valid UTF-8 without control characters other than line
 * breaks and tabs. Not sanitize_text_field(), which removes percent-escapes
 * (breaking web links) and collapses the line breaks of a prefilled message;
 * every value is escaped where it is printed.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function message_us_sanitize_text( $value ) {
	$value = wp_check_invalid_utf8( is_scalar( $value ) ? (string) $value : '', true );
	return preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', $value );
}

/**
 * Sanitises the submitted settings against the schema.
 *
 * @param mixed $input Submitted `message_us_settings`.
 * @return array
 */
function message_us_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$output = array(
		'business_id' => '',
		'defaults'    => array(),
		'floating'    => ! empty( $input['floating'] ),
		'analytics'   => array(),
	);
	$id = isset( $input['business_id'] ) ? sanitize_text_field( $input['business_id'] ) : '';
	if ( '' !== $id ) {
		$normalized = Message_Us_Link::normalize_business_id( $id );
		if ( null === $normalized ) {
			add_settings_error( MESSAGE_US_OPTION, 'business-id', __( 'The business ID must be the UUID from Apple Business Register, e.g. 22222222-dddd-4444-bbbb-777777777777.', 'message-us' ) );
		} else {
			$output['business_id'] = $normalized;
		}
	}
	if ( isset( $input['analytics'] ) && is_array( $input['analytics'] ) ) {
		$chosen              = array_map( 'sanitize_key', $input['analytics'] );
		$output['analytics'] = array_values( array_intersect( array_keys( MESSAGE_US_ANALYTICS ), $chosen ) );
	}
	$submitted = isset( $input['defaults'] ) && is_array( $input['defaults'] ) ? $input['defaults'] : array();
	foreach ( message_us_default_properties() as $name => $property ) {
		if ( ! isset( $submitted[ $name ] ) || '' === $submitted[ $name ] ) {
			continue;
		}
		$value = message_us_sanitize_text( $submitted[ $name ] );
		switch ( message_us_kind( $property ) ) {
			case 'enum':
				$value = in_array( $value, $property['enum'], true ) ? $value : '';
				break;
			case 'boolean':
				$value = in_array( $value, array( 'true', 'false' ), true ) ? $value : '';
				break;
			case 'number':
				$in_range = is_numeric( $value )
					&& ( ! isset( $property['minimum'] ) || (float) $value >= $property['minimum'] )
					&& ( ! isset( $property['maximum'] ) || (float) $value <= $property['maximum'] );
				$value    = $in_range ? message_us_number_text( (float) $value ) : '';
				break;
		}
		if ( '' === $value ) {
			/* translators: %s: attribute name, e.g. theme. */
			add_settings_error( MESSAGE_US_OPTION, 'default-' . $name, sprintf( __( 'The default for %s was not valid and was not saved.', 'message-us' ), $name ) );
			continue;
		}
		$output['defaults'][ $name ] = $value;
	}
	return $output;
}

/** Registers the option and the page. */
function message_us_admin_init() {
	register_setting(
		'message_us',
		MESSAGE_US_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'message_us_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'message_us_admin_init' );

/** Adds Settings → Message Us. */
function message_us_admin_menu() {
	add_options_page( __( 'Message Us', 'message-us' ), __( 'Message Us', 'message-us' ), 'manage_options', 'message-us', 'message_us_settings_page' );
}
add_action( 'admin_menu', 'message_us_admin_menu' );

/**
 * One default's form control, generated from its schema.
 *
 * @param string $name     Attribute name.
 * @param array  $property JSON Schema.
 * @param string $value    Saved value or ''.
 */
function message_us_default_control( $name, $property, $value ) {
	$field = MESSAGE_US_OPTION . '[defaults][' . $name . ']';
	$id    = 'message-us-default-' . $name;
	$kind  = message_us_kind( $property );
	if ( 'enum' === $kind || 'boolean' === $kind ) {
		$choices = 'enum' === $kind ? $property['enum'] : array( 'true', 'false' );
		$default = isset( $property['default'] ) ? ( is_bool( $property['default'] ) ? ( $property['default'] ? 'true' : 'false' ) : (string) $property['default'] ) : '';
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '">';
		/* translators: %s: the element's own default value. */
		echo '<option value="">' . esc_html( '' !== $default ? sprintf( __( 'Element default (%s)', 'message-us' ), $default ) : __( 'Element default', 'message-us' ) ) . '</option>';
		foreach ( $choices as $choice ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $choice ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'number' === $kind ) {
		echo '<input type="number" step="any" class="small-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $value ) . '"'
			. ( isset( $property['minimum'] ) ? ' min="' . esc_attr( $property['minimum'] ) . '"' : '' )
			. ( isset( $property['maximum'] ) ? ' max="' . esc_attr( $property['maximum'] ) . '"' : '' ) . '>';
	} else {
		echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $value ) . '">';
	}
	if ( ! empty( $property['description'] ) ) {
		echo '<p class="description">' . esc_html( $property['description'] ) . '</p>';
	}
}

/** Prints the settings page. */
function message_us_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = message_us_settings();
	$groups   = array();
	foreach ( message_us_default_properties() as $name => $property ) {
		$group              = isset( $property['x-group'] ) ? $property['x-group'] : 'other';
		$groups[ $group ][] = $name;
	}
	$properties = message_us_default_properties();
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( MESSAGE_US_OPTION );
	echo '<form method="post" action="options.php">';
	settings_fields( 'message_us' );
	echo '<table class="form-table" role="presentation">';
	echo '<tr><th scope="row"><label for="message-us-business-id">' . esc_html__( 'Business ID', 'message-us' ) . '</label></th><td>';
	echo '<input type="text" class="regular-text code" id="message-us-business-id" name="' . esc_attr( MESSAGE_US_OPTION ) . '[business_id]" value="' . esc_attr( $settings['business_id'] ) . '" placeholder="22222222-dddd-4444-bbbb-777777777777">';
	echo '<p class="description">' . esc_html__( 'The UUID from Apple Business Register; used by every button and banner that does not set its own.', 'message-us' ) . '</p></td></tr>';
	echo '<tr><th scope="row">' . esc_html__( 'Floating button', 'message-us' ) . '</th><td><label><input type="checkbox" id="message-us-floating" name="' . esc_attr( MESSAGE_US_OPTION ) . '[floating]" value="1"' . checked( $settings['floating'], true, false ) . '> ';
	echo esc_html__( 'Show a Message Us button in the corner of every page', 'message-us' ) . '</label></td></tr>';
	echo '<tr><th scope="row">' . esc_html__( 'Analytics', 'message-us' ) . '</th><td><fieldset>';
	foreach ( MESSAGE_US_ANALYTICS as $key => $label ) {
		echo '<label><input type="checkbox" id="message-us-analytics-' . esc_attr( $key ) . '" name="' . esc_attr( MESSAGE_US_OPTION ) . '[analytics][]" value="' . esc_attr( $key ) . '"' . checked( in_array( $key, $settings['analytics'], true ), true, false ) . '> ' . esc_html( $label ) . '</label><br>';
	}
	echo '<p class="description">' . esc_html__( 'Clicks are reported to the tools already on your pages; the plugin loads no tracking script and sets no cookie.', 'message-us' ) . '</p></fieldset></td></tr>';
	echo '</table>';
	foreach ( $groups as $group => $names ) {
		/* translators: %s: a group of attributes, e.g. look. */
		echo '<h2>' . esc_html( sprintf( __( 'Defaults: %s', 'message-us' ), $group ) ) . '</h2><table class="form-table" role="presentation">';
		foreach ( $names as $name ) {
			echo '<tr><th scope="row"><label for="' . esc_attr( 'message-us-default-' . $name ) . '">' . esc_html( $name ) . '</label></th><td>';
			message_us_default_control( $name, $properties[ $name ], isset( $settings['defaults'][ $name ] ) ? (string) $settings['defaults'][ $name ] : '' );
			echo '</td></tr>';
		}
		echo '</table>';
	}
	submit_button();
	echo '</form></div>';
}

/** Prints the page-level defaults. */
function message_us_print_meta() {
	$settings = message_us_settings();
	$meta     = array();
	if ( '' !== $settings['business_id'] ) {
		$meta['business-id'] = $settings['business_id'];
	}
	foreach ( message_us_default_properties() as $name => $property ) {
		if ( isset( $settings['defaults'][ $name ] ) && '' !== $settings['defaults'][ $name ] ) {
			$meta[ $name ] = (string) $settings['defaults'][ $name ];
		}
	}
	if ( $settings['analytics'] ) {
		$meta['analytics'] = implode( ' ', $settings['analytics'] );
	}
	foreach ( $meta as $name => $value ) {
		echo '<meta name="' . esc_attr( 'message-us:' . $name ) . '" content="' . message_us_attr( $value ) . '">' . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- message_us_attr() escapes, encoding every &.
	}
}
add_action( 'wp_head', 'message_us_print_meta', 5 );

/** Loads the bundle on every page when the floating button is on. */
function message_us_floating_enqueue() {
	$settings = message_us_settings();
	if ( $settings['floating'] && '' !== $settings['business_id'] ) {
		message_us_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'message_us_floating_enqueue' );

/** Prints the floating button. */
function message_us_floating_button() {
	$settings = message_us_settings();
	if ( ! $settings['floating'] || '' === $settings['business_id'] ) {
		return;
	}
	$html = message_us_render( 'message-us-button', array() );
	if ( '' !== $html ) {
		echo '<div class="message-us-floating" style="position:fixed;inset-inline-end:16px;inset-block-end:16px;z-index:99999">' . $html . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built by message_us_render(), which escapes every value.
	}
}
add_action( 'wp_footer', 'message_us_floating_button' );
