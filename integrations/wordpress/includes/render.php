<?php
/**
 * Server-side rendering shared by the blocks, the shortcode and the floating
 * button: the element with the author's attributes (whitelisted by the
 * schema) and, inside it, a plain link that works without JavaScript.
 *
 * @package MessageUs
 */

defined( 'ABSPATH' ) || exit;

/**
 * Escapes a value for a double-quoted HTML attribute, encoding every `&`.
 *
 * `esc_attr()` leaves existing entities alone, so an author who typed
 * `Fish &amp; Chips` would see the element read `Fish & Chips`; the element
 * must read exactly what the author typed.
 *
 * @param string $value Text.
 * @return string
 */
function message_us_attr( $value ) {
	return htmlspecialchars( (string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true );
}

/**
 * The attribute boolean rule: present means true, except the literal value
 * `false` in any case.
 *
 * @param mixed $value A block's boolean or an attribute's text.
 * @return bool
 */
function message_us_boolean( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return 'false' !== strtolower( trim( (string) $value ) );
}

/**
 * A number as an attribute value: `1`, `1.25`, never `1.0E-5`.
 *
 * @param mixed $value Number or numeric text; other text is kept, so the
 *                     element can warn about it.
 * @return string
 */
function message_us_number_text( $value ) {
	if ( is_int( $value ) ) {
		return (string) $value;
	}
	if ( is_float( $value ) && is_finite( $value ) ) {
		$text = rtrim( rtrim( sprintf( '%.15F', $value ), '0' ), '.' );
		return '-0' === $text ? '0' : $text;
	}
	return trim( (string) $value );
}

/**
 * Renders one element.
 *
 * @param string     $tag    Element tag, e.g. `message-us-button`.
 * @param array      $values Attribute name (hyphenated) => value; names the
 *                           schema does not list are ignored.
 * @param array|null $schema Defaults to the plugin's.
 * @return string HTML; empty for a tag the schema does not describe.
 */
function message_us_render( $tag, $values, $schema = null, $inner = null, $inherited = null ) {
	$properties = message_us_properties( $tag, $schema );
	if ( ! $properties ) {
		return '';
	}
	$settings = message_us_settings();
	$defaults = $settings['defaults'];

	// The link's own inputs are written out even when they come from the
	// site-wide settings, so the element and its no-JavaScript link always
	// agree, whether or not the element reads the page-level defaults.
	$link_inputs = array(
		'business-id' => '' !== $settings['business_id'] ? $settings['business_id'] : null,
		'intent'      => isset( $defaults['intent'] ) ? $defaults['intent'] : null,
		'group'       => isset( $defaults['group'] ) ? $defaults['group'] : null,
		'body'        => isset( $defaults['body'] ) ? $defaults['body'] : null,
	);
	// A department reads what it does not set from its launcher, which carries
	// the site-wide inputs itself: written on the department they would
	// override the launcher's. Its link is built from the same merge.
	$link_values = null;
	if ( null === $inherited ) {
		foreach ( $link_inputs as $name => $value ) {
			if ( isset( $properties[ $name ] ) && null !== $value && '' !== $value && ( ! isset( $values[ $name ] ) || '' === $values[ $name ] ) ) {
				$values[ $name ] = $value;
			}
		}
	} else {
		$link_values = $values;
		foreach ( $inherited + $link_inputs as $name => $value ) {
			if ( isset( $properties[ $name ] ) && null !== $value && '' !== $value && ( ! isset( $link_values[ $name ] ) || '' === $link_values[ $name ] ) ) {
				$link_values[ $name ] = $value;
			}
		}
	}

	$html  = '<' . $tag;
	$texts = array();
	foreach ( $properties as $name => $property ) {
		if ( ! array_key_exists( $name, $values ) || null === $values[ $name ] ) {
			continue;
		}
		$value = $values[ $name ];
		$kind  = message_us_kind( $property );
		if ( 'boolean' === $kind ) {
			if ( message_us_boolean( $value ) ) {
				$html .= ' ' . $name;
			} elseif ( ( isset( $property['default'] ) && true === $property['default'] ) || ( isset( $defaults[ $name ] ) && message_us_boolean( $defaults[ $name ] ) ) ) {
				// Absent would mean the default (true) here, so false is spelled out.
				$html .= ' ' . $name . '="false"';
			}
			continue;
		}
		if ( is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		$text = 'number' === $kind ? message_us_number_text( $value ) : (string) $value;
		if ( '' === $text ) {
			continue;
		}
		$texts[ $name ] = $text;
		$html          .= ' ' . $name . '="' . message_us_attr( $text ) . '"';
	}
	if ( null !== $link_values ) {
		$texts = message_us_texts( $properties, $link_values );
	}
	$html .= '>' . ( null !== $inner ? $inner : message_us_fallback_link( $tag, $texts ) ) . '</' . $tag . '>';

	message_us_enqueue();
	return $html;
}

/**
 * The text values an element's link reads (strings and numbers; booleans
 * and empty values left out), for a department whose inputs are merged with
 * its launcher's.
 *
 * @param array $properties The element's properties.
 * @param array $values     Attribute name => value.
 * @return array Attribute name => text.
 */
function message_us_texts( $properties, $values ) {
	$texts = array();
	foreach ( $properties as $name => $property ) {
		if ( ! isset( $values[ $name ] ) || is_array( $values[ $name ] ) || is_object( $values[ $name ] ) ) {
			continue;
		}
		$kind = message_us_kind( $property );
		if ( 'boolean' === $kind ) {
			continue;
		}
		$text = 'number' === $kind ? message_us_number_text( $values[ $name ] ) : (string) $values[ $name ];
		if ( '' !== $text ) {
			$texts[ $name ] = $text;
		}
	}
	return $texts;
}

/**
 * The link inside the element: shown before the script runs and where it
 * never runs (no JavaScript, crawlers); the element's shadow root hides it
 * once it upgrades.
 *
 * @param string $tag   Element tag.
 * @param array  $texts Rendered attribute texts.
 * @return string `<a href="…">label</a>`, or empty when no link can be built.
 */
function message_us_fallback_link( $tag, $texts ) {
	$get  = static function ( $name ) use ( $texts ) {
		return isset( $texts[ $name ] ) ? $texts[ $name ] : null;
	};
	$href = null;
	try {
		$href = Message_Us_Link::messages_url(
			array(
				'businessId' => $get( 'business-id' ),
				'intent'     => $get( 'intent' ),
				'group'      => $get( 'group' ),
				'body'       => $get( 'body' ),
			)
		);
	} catch ( Message_Us_Link_Exception $error ) {
		// No Messages link without a valid ID: the fallback channels' links
		// still let the visitor reach the business.
		$href = null !== $get( 'fallback-href' ) ? Message_Us_Link::normalize_web_url( $get( 'fallback-href' ), home_url( '/' ) ) : null;
		if ( null === $href && null !== $get( 'phone' ) && null !== Message_Us_Link::normalize_phone( $get( 'phone' ) ) ) {
			$href = Message_Us_Link::tel_url( $get( 'phone' ) );
		}
	}
	if ( null === $href ) {
		return '';
	}
	// A banner's call to action, else the label: each exists only where the
	// schema gives the element that attribute.
	$label = null !== $get( 'cta' ) ? $get( 'cta' ) : $get( 'label' );
	$label = null !== $label && '' !== trim( $label ) ? $label : __( 'Message Us', 'message-us' );
	// The href is built and validated above (fixed schemes, every value
	// percent-encoded); esc_url() would drop characters a valid web link may hold.
	return '<a href="' . message_us_attr( $href ) . '">' . message_us_attr( $label ) . '</a>';
}

/**
 * Renders a block: its camelCase attributes mapped back to attribute names.
 *
 * @param string $tag        Element tag.
 * @param array  $attributes Block attributes.
 * @return string
 */
function message_us_render_block( $tag, $attributes ) {
	return message_us_render( $tag, message_us_block_values( $tag, $attributes ) );
}

/**
 * A block's camelCase attributes as attribute name => value.
 *
 * @param string $tag        Element tag.
 * @param array  $attributes Block attributes.
 * @return array
 */
function message_us_block_values( $tag, $attributes ) {
	$values = array();
	foreach ( message_us_properties( $tag ) as $name => $property ) {
		$key = message_us_block_key( $name, $property );
		if ( isset( $attributes[ $key ] ) ) {
			$values[ $name ] = $attributes[ $key ];
		}
	}
	return $values;
}

/**
 * The launcher's options a department inherits, as the element decides:
 * every option both have, except the label texts a department names itself
 * with.
 *
 * @param string     $department Department tag.
 * @param array|null $schema     Defaults to the plugin's.
 * @return string[] Attribute names.
 */
function message_us_inherited( $department, $schema = null ) {
	$own = array( 'preset', 'label', 'fallback-label' );
	return array_values(
		array_diff(
			array_keys( array_intersect_key( message_us_properties( 'message-us-launcher', $schema ), message_us_properties( $department, $schema ) ) ),
			$own
		)
	);
}

/**
 * Renders `<message-us-launcher>` with its departments as direct children
 * (the element lists only child `<message-us-button>`/`<message-us-banner>`
 * elements). Each department keeps its own attributes; its no-JavaScript
 * link is built from them, then the launcher's, then the site-wide
 * settings, the order the element reads them in. A launcher without
 * departments is one link, like a button.
 *
 * @param array $values      The launcher's attribute name => value.
 * @param array $departments List of array( tag, attribute name => value );
 *                           tags other than the button and banner are skipped.
 * @return string
 */
function message_us_render_launcher_values( $values, $departments ) {
	$launcher = array_filter(
		$values,
		static function ( $value ) {
			return '' !== $value;
		}
	);
	$html = '';
	foreach ( $departments as $department ) {
		list( $child, $child_values ) = $department;
		if ( ! in_array( $child, array( 'message-us-button', 'message-us-banner' ), true ) ) {
			continue;
		}
		$inherited = array_intersect_key( $launcher, array_flip( message_us_inherited( $child ) ) );
		$html     .= message_us_render( $child, $child_values, null, null, $inherited );
	}
	return message_us_render( 'message-us-launcher', $values, null, '' === $html ? null : $html );
}

/**
 * Renders the launcher block around its inner button and banner blocks.
 * They are rendered here rather than taken from `$content`, where each is
 * wrapped in its block `<div>` and links only its own values.
 *
 * @param array    $attributes Launcher block attributes.
 * @param iterable $inner      Inner blocks (WP_Block or parsed-block arrays).
 * @return string
 */
function message_us_render_launcher( $attributes, $inner ) {
	$blocks      = message_us_block_tags();
	$departments = array();
	foreach ( $inner as $block ) {
		$name = is_array( $block ) ? $block['blockName'] : $block->name;
		if ( isset( $blocks[ $name ] ) ) {
			$departments[] = array( $blocks[ $name ], message_us_block_values( $blocks[ $name ], is_array( $block ) ? $block['attrs'] : $block->attributes ) );
		}
	}
	return message_us_render_launcher_values( message_us_block_values( 'message-us-launcher', $attributes ), $departments );
}
