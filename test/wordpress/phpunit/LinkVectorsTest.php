<?php
/**
 * The PHP link builder against every vector of the language-neutral contract
 * (link-vectors.json at the repository root): exact href, or exact error code.
 *
 * @package MessageUs
 */

use PHPUnit\Framework\TestCase;

final class LinkVectorsTest extends TestCase {
	/** @return array name => [vector] */
	public static function vectors() {
		$file = dirname( __DIR__, 3 ) . '/link-vectors.json';
		$data = json_decode( (string) file_get_contents( $file ), true );
		if ( ! is_array( $data ) || ! isset( $data['vectors'] ) ) {
			throw new RuntimeException( "$file is missing or not JSON: copy it from the contract (docs/link-format.md)." );
		}
		$cases = array();
		foreach ( $data['vectors'] as $index => $vector ) {
			$cases[ sprintf( '#%03d %s: %s', $index, $vector['kind'], $vector['name'] ) ] = array( $vector );
		}
		return $cases;
	}

	/**
	 * @param array $vector One vector.
	 * @return string
	 */
	private static function build( $vector ) {
		$input = $vector['input'];
		$get   = static function ( $key ) use ( $input ) {
			return is_array( $input ) && array_key_exists( $key, $input ) ? $input[ $key ] : null;
		};
		switch ( $vector['kind'] ) {
			case 'messages':
				return Message_Us_Link::messages_url( $input );
			case 'tel':
				return Message_Us_Link::tel_url( $get( 'phone' ) );
			case 'sms':
				return Message_Us_Link::sms_url( $input, 'apple' === $vector['platform'] ? 'apple' : 'rfc5724' );
			case 'whatsapp':
				return Message_Us_Link::whatsapp_url( $input );
			case 'messenger':
				return Message_Us_Link::messenger_url( $input );
			case 'mailto':
				return Message_Us_Link::mailto_url( $input );
			case 'web':
				return Message_Us_Link::web_url( $get( 'url' ), $get( 'base' ) );
		}
		throw new RuntimeException( 'Unknown kind ' . $vector['kind'] );
	}

	/**
	 * @dataProvider vectors
	 * @param array $vector One vector.
	 */
	public function test_vector( $vector ) {
		if ( isset( $vector['error'] ) ) {
			try {
				$href = self::build( $vector );
				$this->fail( 'Expected error ' . $vector['error'] . ', got ' . $href );
			} catch ( Message_Us_Link_Exception $error ) {
				$this->assertSame( $vector['error'], $error->error_code );
			}
			return;
		}
		$this->assertSame( $vector['href'], self::build( $vector ) );
	}

	public function test_the_file_has_every_kind_and_over_300_vectors() {
		$kinds = array();
		foreach ( self::vectors() as $case ) {
			$kinds[ $case[0]['kind'] ] = true;
		}
		ksort( $kinds );
		$this->assertSame( array( 'mailto', 'messages', 'messenger', 'sms', 'tel', 'web', 'whatsapp' ), array_keys( $kinds ) );
		$this->assertGreaterThanOrEqual( 300, count( self::vectors() ) );
	}
}
