<?php
/**
 * The plugin inside a real WordPress (WP_DIR, set up by test/wordpress/run.mjs):
 * shortcode parsing after WordPress's content filters, schema-driven
 * rendering, settings sanitising, the module script tag and uninstall.
 *
 * @package MessageUs
 */

use PHPUnit\Framework\TestCase;

final class PluginTest extends TestCase {
	const ID   = '22222222-dddd-4444-bbbb-777777777777';
	const LINK = 'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777';

	/** @var mixed */
	private $saved;

	protected function setUp(): void {
		if ( ! function_exists( 'message_us_render' ) ) {
			$this->markTestSkipped( 'Needs WordPress: run npm run test:wordpress.' );
		}
		$this->saved = get_option( 'message_us_settings' );
		update_option( 'message_us_settings', array() );
	}

	protected function tearDown(): void {
		update_option( 'message_us_settings', $this->saved );
	}

	public function test_shortcode_text_is_decoded_once_and_smart_quotes_delimit_values() {
		$this->assertSame(
			array(
				'business-id' => self::ID,
				'body'        => 'Hi & welcome',
				'intent'      => 'Tea for two',
				'group'       => 'a "b" c',
				'label'       => 'Say &amp; this',
				'type'        => 'banner',
			),
			message_us_parse_shortcode_atts( ' business_id=' . self::ID . ' body="Hi &amp; welcome" intent=&#8220;Tea for two&#8221; group=\'a "b" c\' label="Say &amp;amp; this" stray TYPE=”banner″' )
		);
	}

	public function test_shortcode_in_a_paragraph_through_the_content_filters() {
		$content = '<!-- wp:paragraph --><p>[message_us business-id="' . self::ID . '" intent=" orders " body="Hi &amp; welcome"]</p><!-- /wp:paragraph -->';
		$html    = apply_filters( 'the_content', $content );
		$this->assertStringContainsString(
			'<message-us-button business-id="' . self::ID . '" intent=" orders " body="Hi &amp; welcome"><a href="' . self::LINK . '?biz-intent-id=orders&amp;body=Hi%20%26%20welcome">Message Us</a></message-us-button>',
			$html
		);
	}

	public function test_curly_quoted_body_with_spaces_and_a_banner() {
		$html = do_shortcode( '[message_us type="banner" business_id="' . self::ID . "\" body=\u{201D}Fish & Chips (large)\u{201D} cta=\u{201C}Ask us\u{201D} rounded=\"FALSE\" unknown=\"x\"]" );
		$this->assertSame(
			'<message-us-banner business-id="' . self::ID . '" body="Fish &amp; Chips (large)" cta="Ask us" rounded="false"><a href="' . self::LINK . '?body=Fish%20%26%20Chips%20%28large%29">Ask us</a></message-us-banner>',
			$html
		);
	}

	public function test_attributes_outside_the_schema_are_never_rendered() {
		$html = do_shortcode( '[message_us business-id="' . self::ID . '" onclick="alert(1)" style="x" class="y"]' );
		$this->assertSame( '<message-us-button business-id="' . self::ID . '"><a href="' . self::LINK . '">Message Us</a></message-us-button>', $html );
	}

	public function test_the_renderer_takes_every_attribute_from_the_schema() {
		$schema = json_decode( file_get_contents( dirname( __DIR__ ) . '/fixtures/future-schema.json' ), true );
		$html   = message_us_render(
			'message-us-button',
			array(
				'business-id' => self::ID,
				'hours'       => 'Mo-Fr 09:00-17:00',
				'closed-mode' => 'show',
				'sticky'      => 'False',
				'pulse'       => '',
				'delay'       => 2.5,
				'theme'       => 'dark',
			),
			$schema
		);
		$this->assertSame(
			'<message-us-button business-id="' . self::ID . '" hours="Mo-Fr 09:00-17:00" closed-mode="show" sticky="false" pulse delay="2.5"><a href="' . self::LINK . '">Message Us</a></message-us-button>',
			$html
		);
	}

	public function test_block_keys_follow_x_property_then_camel_case() {
		$this->assertSame( 'businessId', message_us_block_key( 'business-id', array() ) );
		$this->assertSame( 'iconOnly', message_us_block_key( 'icon-only', array( 'type' => 'boolean' ) ) );
		$this->assertSame( 'fallbackURL', message_us_block_key( 'fallback-href', array( 'x-property' => 'fallbackURL' ) ) );
	}

	public function test_boolean_rule() {
		$this->assertFalse( message_us_boolean( 'false' ) );
		$this->assertFalse( message_us_boolean( ' FALSE ' ) );
		$this->assertFalse( message_us_boolean( false ) );
		$this->assertTrue( message_us_boolean( '' ) );
		$this->assertTrue( message_us_boolean( 'no' ) );
		$this->assertTrue( message_us_boolean( true ) );
	}

	public function test_block_attributes_are_the_schema_in_camel_case() {
		foreach ( array( 'message-us/button' => 'message-us-button', 'message-us/banner' => 'message-us-banner' ) as $block => $tag ) {
			$type     = WP_Block_Type_Registry::get_instance()->get_registered( $block );
			$expected = array();
			foreach ( message_us_properties( $tag ) as $name => $property ) {
				$expected[] = message_us_block_key( $name, $property );
			}
			$this->assertNotEmpty( $expected );
			// WordPress adds its own (lock, align, className) after the schema's.
			$this->assertSame( $expected, array_slice( array_keys( $type->attributes ), 0, count( $expected ) ) );
			$this->assertSame( array(), array_diff( array_keys( $type->attributes ), $expected, array( 'lock', 'align', 'className' ) ) );
		}
	}

	public function test_site_business_id_is_used_when_a_block_has_none() {
		update_option( 'message_us_settings', array( 'business_id' => '33333333-aaaa-4444-bbbb-777777777777' ) );
		$this->assertSame(
			'<message-us-button business-id="33333333-aaaa-4444-bbbb-777777777777" theme="light"><a href="https://bcrw.apple.com/urn:biz:33333333-aaaa-4444-bbbb-777777777777">Message Us</a></message-us-button>',
			message_us_render_block( 'message-us-button', array( 'theme' => 'light' ) )
		);
	}

	// As inheritedOptions() in src/core/launcher.ts: the launcher's options a
	// button has too, except the label texts.
	public function test_departments_inherit_what_the_launcher_element_passes_on() {
		$this->assertSame(
			array( 'business-id', 'intent', 'group', 'body', 'theme', 'color', 'background', 'unsupported', 'fallback-channel', 'phone', 'fallback-href', 'hours', 'timezone', 'closed-on', 'after-hours', 'analytics', 'analytics-event', 'platform' ),
			message_us_inherited( 'message-us-button' )
		);
	}

	public function test_launcher_departments_links_read_own_then_launcher_then_site_values() {
		update_option(
			'message_us_settings',
			array(
				'business_id' => '33333333-aaaa-4444-bbbb-777777777777',
				'defaults'    => array( 'body' => 'Hello' ),
			)
		);
		$inner = array(
			array(
				'blockName' => 'message-us/button',
				'attrs'     => array( 'label' => 'Billing' ),
			),
			array(
				'blockName' => 'core/paragraph',
				'attrs'     => array(),
			),
			array(
				'blockName' => 'message-us/banner',
				'attrs'     => array(
					'businessId' => self::ID,
					'cta'        => 'Sales',
					'body'       => '',
				),
			),
		);
		// The launcher's invalid ID is inherited by the first department, whose
		// link then falls back to the launcher's web address; the site's ID and
		// body are written on the launcher, not on its departments.
		$this->assertSame(
			'<message-us-launcher business-id="nope" body="Hello" label="Help" position="top-end" fallback-href="/contact">'
			. '<message-us-button label="Billing"><a href="' . home_url( '/contact' ) . '">Billing</a></message-us-button>'
			. '<message-us-banner business-id="' . self::ID . '" cta="Sales"><a href="' . self::LINK . '?body=Hello">Sales</a></message-us-banner>'
			. '</message-us-launcher>',
			message_us_render_launcher(
				array(
					'businessId'   => 'nope',
					'label'        => 'Help',
					'fallbackHref' => '/contact',
					'position'     => 'top-end',
				),
				$inner
			)
		);
		// Without departments the launcher is one link, and the site's ID reaches it.
		$this->assertSame(
			'<message-us-launcher business-id="33333333-aaaa-4444-bbbb-777777777777" body="Hello"><a href="https://bcrw.apple.com/urn:biz:33333333-aaaa-4444-bbbb-777777777777?body=Hello">Message Us</a></message-us-launcher>',
			message_us_render_launcher( array(), array() )
		);
	}

	public function test_launcher_shortcode_encloses_its_departments() {
		$content = '<!-- wp:paragraph --><p>[message_us type="launcher" business-id="' . self::ID . '" heading=“Hi there”]<br>[message_us intent="billing" label="Billing"]<br>Ignored text [message_us type="banner" cta="Sales" body="Tea &amp; cake" onclick="x"]<br>[/message_us] [message_us type="launcher" greeting="Alone" /]</p><!-- /wp:paragraph -->';
		$html    = apply_filters( 'the_content', $content );
		$this->assertStringContainsString(
			'<message-us-launcher business-id="' . self::ID . '" heading="Hi there">'
			. '<message-us-button intent="billing" label="Billing"><a href="' . self::LINK . '?biz-intent-id=billing">Billing</a></message-us-button>'
			. '<message-us-banner body="Tea &amp; cake" cta="Sales"><a href="' . self::LINK . '?body=Tea%20%26%20cake">Sales</a></message-us-banner>'
			. '</message-us-launcher> <message-us-launcher greeting="Alone"></message-us-launcher>',
			$html
		);
	}

	public function test_without_a_valid_id_the_no_js_link_falls_back_to_web_then_phone() {
		$this->assertSame(
			'<message-us-button business-id="nope" fallback-href="/contact us"><a href="' . home_url( '/contact%20us' ) . '">Message Us</a></message-us-button>',
			message_us_render( 'message-us-button', array( 'business-id' => 'nope', 'fallback-href' => '/contact us' ) )
		);
		$this->assertSame(
			'<message-us-button phone="+49 (0)30 1234567"><a href="tel:+49301234567">Message Us</a></message-us-button>',
			message_us_render( 'message-us-button', array( 'phone' => '+49 (0)30 1234567' ) )
		);
		$this->assertSame( '<message-us-button business-id="nope"></message-us-button>', message_us_render( 'message-us-button', array( 'business-id' => 'nope' ) ) );
	}

	public function test_settings_are_sanitised_against_the_schema() {
		$clean = message_us_sanitize_settings(
			array(
				'business_id' => ' 22222222-DDDD-4444-BBBB-777777777777 ',
				'floating'    => '1',
				'analytics'   => array( 'ga4', 'evil', 'meta' ),
				'defaults'    => array(
					'theme'         => 'light',
					'shape'         => 'blob',
					'scale'         => '9',
					'body'          => "Line one\nLine two\x07",
					'fallback-href' => 'https://example.com/a%20b',
					'icon-only'     => 'true',
					'not-in-schema' => 'x',
				),
			)
		);
		ksort( $clean['defaults'] );
		$this->assertSame(
			array(
				'business_id' => self::ID,
				'defaults'    => array(
					'body'          => "Line one\nLine two",
					'fallback-href' => 'https://example.com/a%20b',
					'icon-only'     => 'true',
					'theme'         => 'light',
				),
				'floating'    => true,
				'analytics'   => array( 'ga4', 'meta' ),
			),
			$clean
		);
		$codes = wp_list_pluck( get_settings_errors( 'message_us_settings' ), 'code' );
		sort( $codes );
		$this->assertSame( array( 'default-scale', 'default-shape' ), $codes );
	}

	public function test_meta_defaults() {
		update_option(
			'message_us_settings',
			array(
				'business_id' => self::ID,
				'defaults'    => array( 'theme' => 'light', 'body' => 'Fish & "Chips"' ),
				'analytics'   => array( 'ga4', 'gtm' ),
			)
		);
		ob_start();
		message_us_print_meta();
		$this->assertSame(
			'<meta name="message-us:business-id" content="' . self::ID . "\">\n"
			. "<meta name=\"message-us:body\" content=\"Fish &amp; &quot;Chips&quot;\">\n"
			. "<meta name=\"message-us:theme\" content=\"light\">\n"
			. "<meta name=\"message-us:analytics\" content=\"ga4 gtm\">\n",
			ob_get_clean()
		);
	}

	public function test_the_bundle_tag_is_a_module() {
		$this->assertSame(
			"<script type=\"module\" src='https://example.com/m.js?ver=1' id='message-us-js'></script>\n",
			apply_filters( 'script_loader_tag', "<script type='text/javascript' src='https://example.com/m.js?ver=1' id='message-us-js'></script>\n", 'message-us', 'https://example.com/m.js?ver=1' )
		);
		$this->assertSame( "<script src='x' id='other-js'></script>", apply_filters( 'script_loader_tag', "<script src='x' id='other-js'></script>", 'other', 'x' ) );
	}

	public function test_uninstall_removes_the_option() {
		update_option( 'message_us_settings', array( 'business_id' => self::ID ) );
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'message-us/message-us.php' );
		}
		include WP_PLUGIN_DIR . '/message-us/uninstall.php';
		$this->assertFalse( get_option( 'message_us_settings' ) );
	}
}
