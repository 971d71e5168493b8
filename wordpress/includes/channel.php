<?php
/**
 * Corrections: a daily WP-Cron job reads the signed channel (channel.json names its default address and the public
 * keys this release accepts; Settings → Nutrient Interaction may name another address), verifies every file with
 * Ed25519 (sodium_crypto_sign_verify_detached, which WordPress ships sodium_compat for) and installs the cards of each
 * topic whose signed version is higher than the site's, so readers without JavaScript get corrections too.
 *
 * The channel (scripts/channel-wordpress.ts and scripts/channel.ts in the widget's source):
 *   wordpress/index.json (+ .sig)          { format: 1, topics: { "<lang>/<slug>": version } }, read once a day
 *   wordpress/<lang>/<slug>.json (+ .sig)  { slug, lang, version, summaryLang, cards: { "<audience>-h<level>": html } }
 *   <lang>/<slug>.json (+ .sig)            the topic itself, which the widget script checks again in the browser
 *
 * Verified files are stored under uploads/nutrient-interaction/channel/ in the same layout; an option records each
 * installed bundle's version and SHA-256, and the last check. A failed check changes nothing installed and says why.
 *
 * @package NutrientInteraction
 */

defined( 'ABSPATH' ) || exit;

define( 'NUTRIENT_INTERACTION_CHANNEL_URL_OPTION', 'nutrient_interaction_channel_url' );
define( 'NUTRIENT_INTERACTION_CHANNEL_STATE_OPTION', 'nutrient_interaction_channel_state' );
define( 'NUTRIENT_INTERACTION_CRON_HOOK', 'nutrient_interaction_check_channel' );
// Size caps of what a check reads: the manifest, a card bundle, a topic and a signature.
define( 'NUTRIENT_INTERACTION_MANIFEST_MAX', 64 * 1024 );
define( 'NUTRIENT_INTERACTION_BUNDLE_MAX', 2 * 1024 * 1024 );
define( 'NUTRIENT_INTERACTION_TOPIC_MAX', 256 * 1024 );
define( 'NUTRIENT_INTERACTION_SIGNATURE_MAX', 1024 );

/**
 * The channel settings the build wrote (channel.json): the default address and the accepted public keys.
 *
 * @return array{base: string, keys: string[]} Keys as raw 32-byte strings; a key of another length is left out.
 */
function nutrient_interaction_channel_config() {
	static $config = null;
	if ( null !== $config ) {
		return $config;
	}
	$data   = nutrient_interaction_read_json( 'channel.json' );
	$keys   = array();
	$listed = isset( $data['keys'] ) && is_array( $data['keys'] ) ? $data['keys'] : array();
	foreach ( $listed as $key ) {
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- the keys are base64 by format.
		$raw = isset( $key['publicKey'] ) && is_string( $key['publicKey'] ) ? base64_decode( $key['publicKey'], true ) : false;
		if ( is_string( $raw ) && 32 === strlen( $raw ) ) {
			$keys[] = $raw;
		}
	}
	$config = array(
		'base' => isset( $data['base'] ) && is_string( $data['base'] ) ? $data['base'] : '',
		'keys' => $keys,
	);
	return $config;
}

/**
 * Whether a value is a channel address the plugin reads from: an http(s) URL with a host.
 *
 * @param mixed $url Value to check.
 * @return bool
 */
function nutrient_interaction_is_channel_url( $url ) {
	if ( ! is_string( $url ) || '' === $url || strlen( $url ) > 2000 ) {
		return false;
	}
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && isset( $parts['scheme'], $parts['host'] ) && in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) && '' !== $parts['host'];
}

/**
 * The channel's address, ending in "/": the one set in Settings, else the build's.
 *
 * @return string Empty when neither is usable.
 */
function nutrient_interaction_channel_base() {
	$url = get_option( NUTRIENT_INTERACTION_CHANNEL_URL_OPTION, '' );
	if ( ! nutrient_interaction_is_channel_url( $url ) ) {
		$url = nutrient_interaction_channel_config()['base'];
	}
	return nutrient_interaction_is_channel_url( $url ) ? trailingslashit( $url ) : '';
}

/**
 * Sanitizes the channel address submitted in Settings: an http(s) URL, stored with a final "/"; empty (or the build's
 * own address) means the build's. Anything else keeps the stored value and says why.
 *
 * @param mixed $input Submitted value.
 * @return string
 */
function nutrient_interaction_sanitize_channel_url( $input ) {
	$url = is_string( $input ) ? trim( $input ) : '';
	if ( '' === $url ) {
		return '';
	}
	if ( ! nutrient_interaction_is_channel_url( $url ) || esc_url_raw( $url, array( 'http', 'https' ) ) !== $url ) {
		add_settings_error( NUTRIENT_INTERACTION_CHANNEL_URL_OPTION, 'nutrient_interaction_channel_url', __( 'The corrections channel must be an http:// or https:// address; the previous one is kept.', 'nutrient-interaction' ) );
		$stored = get_option( NUTRIENT_INTERACTION_CHANNEL_URL_OPTION, '' );
		return nutrient_interaction_is_channel_url( $stored ) ? $stored : '';
	}
	$url = trailingslashit( $url );
	return nutrient_interaction_channel_config()['base'] === $url ? '' : $url;
}

/**
 * Where verified channel files are stored: the folder and its public address, both ending in "/".
 *
 * @return array{dir: string, url: string}
 */
function nutrient_interaction_channel_store() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => trailingslashit( $uploads['basedir'] ) . 'nutrient-interaction/channel/',
		'url' => trailingslashit( $uploads['baseurl'] ) . 'nutrient-interaction/channel/',
	);
}

/**
 * What the checks recorded, always well formed.
 *
 * @return array{installed: array<string, array{version: int, sha256: string}>, latest: array<string, int>, checked: int, succeeded: int, error: string}
 */
function nutrient_interaction_channel_state() {
	$stored    = get_option( NUTRIENT_INTERACTION_CHANNEL_STATE_OPTION, array() );
	$stored    = is_array( $stored ) ? $stored : array();
	$installed = array();
	if ( isset( $stored['installed'] ) && is_array( $stored['installed'] ) ) {
		foreach ( $stored['installed'] as $key => $entry ) {
			if ( is_string( $key ) && isset( $entry['version'], $entry['sha256'] ) && is_int( $entry['version'] ) && is_string( $entry['sha256'] ) ) {
				$installed[ $key ] = array(
					'version' => $entry['version'],
					'sha256'  => $entry['sha256'],
				);
			}
		}
	}
	$latest = array();
	if ( isset( $stored['latest'] ) && is_array( $stored['latest'] ) ) {
		foreach ( $stored['latest'] as $key => $version ) {
			if ( is_string( $key ) && is_int( $version ) ) {
				$latest[ $key ] = $version;
			}
		}
	}
	return array(
		'installed' => $installed,
		'latest'    => $latest,
		'checked'   => isset( $stored['checked'] ) && is_int( $stored['checked'] ) ? $stored['checked'] : 0,
		'succeeded' => isset( $stored['succeeded'] ) && is_int( $stored['succeeded'] ) ? $stored['succeeded'] : 0,
		'error'     => isset( $stored['error'] ) && is_string( $stored['error'] ) ? $stored['error'] : '',
	);
}

/**
 * Every card set the plugin serves, "<lang>/<slug>" for each catalog topic and card language.
 *
 * @return string[]
 */
function nutrient_interaction_channel_keys() {
	$keys = array();
	foreach ( nutrient_interaction_vocabulary()['languages'] as $lang ) {
		foreach ( array_keys( nutrient_interaction_catalog() ) as $slug ) {
			$keys[] = $lang . '/' . $slug;
		}
	}
	return $keys;
}

/**
 * The version of a topic's bundled cards (data-version of its first prerendered card).
 *
 * @param string $key "<lang>/<slug>".
 * @return int 0 when unknown.
 */
function nutrient_interaction_bundled_version( $key ) {
	static $versions = array();
	if ( isset( $versions[ $key ] ) ) {
		return $versions[ $key ];
	}
	$vocabulary = nutrient_interaction_vocabulary();
	$parts      = explode( '/', $key, 2 );
	$version    = 0;
	if ( 2 === count( $parts ) && isset( $vocabulary['audiences'][0], $vocabulary['headingLevels'][0], $vocabulary['languages'][0] ) ) {
		$folder = $vocabulary['languages'][0] === $parts[0] ? $parts[1] : $key;
		$path   = NUTRIENT_INTERACTION_DIR . 'prerendered/' . $folder . '/' . $vocabulary['audiences'][0] . '-h' . $vocabulary['headingLevels'][0] . '.html';
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$html = is_readable( $path ) ? (string) file_get_contents( $path ) : '';
		if ( preg_match( '/<article\b[^>]*\sdata-version="(\d+)"/', $html, $m ) ) {
			$version = (int) $m[1];
		}
	}
	$versions[ $key ] = $version;
	return $version;
}

/**
 * The version a site shows for a topic: an installed correction's, else the bundled one.
 *
 * @param string $key   "<lang>/<slug>".
 * @param array  $state nutrient_interaction_channel_state().
 * @return int
 */
function nutrient_interaction_shown_version( $key, $state ) {
	$bundled = nutrient_interaction_bundled_version( $key );
	return isset( $state['installed'][ $key ] ) ? max( $bundled, $state['installed'][ $key ]['version'] ) : $bundled;
}

/**
 * Reads one channel file.
 *
 * @param string $base     Channel address, ending in "/".
 * @param string $relative Path inside the channel.
 * @param int    $max      Largest size accepted, in bytes.
 * @return string The body.
 * @throws Exception Naming the file and what went wrong.
 */
function nutrient_interaction_channel_fetch( $base, $relative, $max ) {
	$url      = $base . $relative;
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 15,
			'redirection'         => 3,
			'limit_response_size' => $max + 1,
		)
	);
	if ( is_wp_error( $response ) ) {
		/* translators: 1: a URL, 2: the error. */
		throw new Exception( sprintf( __( 'could not read %1$s: %2$s', 'nutrient-interaction' ), $url, $response->get_error_message() ) );
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( 200 !== $code ) {
		/* translators: 1: an HTTP status code, 2: a URL. */
		throw new Exception( sprintf( __( 'HTTP %1$d for %2$s', 'nutrient-interaction' ), $code, $url ) );
	}
	$body = (string) wp_remote_retrieve_body( $response );
	if ( strlen( $body ) > $max ) {
		/* translators: 1: a URL, 2: a size in bytes. */
		throw new Exception( sprintf( __( '%1$s is larger than %2$d bytes', 'nutrient-interaction' ), $url, $max ) );
	}
	return $body;
}

/**
 * Reads a channel file and its signature, and checks the signature with each accepted key.
 *
 * @param string   $base     Channel address.
 * @param string   $relative Path inside the channel.
 * @param int      $max      Largest size accepted.
 * @param string[] $keys     Raw public keys.
 * @return array{bytes: string, signature: string} The verified bytes, and the signature as published (base64).
 * @throws Exception When it cannot be read or no key verifies it.
 */
function nutrient_interaction_channel_fetch_signed( $base, $relative, $max, $keys ) {
	$bytes = nutrient_interaction_channel_fetch( $base, $relative, $max );
	$text  = trim( nutrient_interaction_channel_fetch( $base, $relative . '.sig', NUTRIENT_INTERACTION_SIGNATURE_MAX ) );
	// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- signatures are base64 by format.
	$signature = base64_decode( $text, true );
	if ( ! is_string( $signature ) || 64 !== strlen( $signature ) ) {
		/* translators: %s: a file of the channel. */
		throw new Exception( sprintf( __( 'the signature of %s is not an Ed25519 signature in base64', 'nutrient-interaction' ), $relative ) );
	}
	foreach ( $keys as $key ) {
		try {
			if ( sodium_crypto_sign_verify_detached( $signature, $bytes, $key ) ) {
				return array(
					'bytes'     => $bytes,
					'signature' => $text,
				);
			}
		} catch ( Exception $e ) {
			continue; // SodiumException (PHP's extension or sodium_compat) for a malformed input: not this key.
		} catch ( Error $e ) {
			continue; // A TypeError, likewise.
		}
	}
	/* translators: %s: a file of the channel. */
	throw new Exception( sprintf( __( 'the signature of %s does not verify with any accepted key', 'nutrient-interaction' ), $relative ) );
}

/**
 * Whether a card from the channel is one the plugin would have bundled: it passes the allowed list unchanged, is the
 * element for this topic, language, wording and heading level with updates="off", and says its version.
 *
 * @param mixed  $html     The card.
 * @param string $slug     Topic.
 * @param string $lang     Card language.
 * @param string $audience Wording.
 * @param int    $level    Heading level.
 * @param int    $version  Version the bundle says.
 * @return string Empty when it is, else what is wrong.
 */
function nutrient_interaction_card_problem( $html, $slug, $lang, $audience, $level, $version ) {
	if ( ! is_string( $html ) || '' === $html ) {
		return 'it is missing';
	}
	// kses writes numeric character references with leading zeros (&#39; becomes &#039;): the same character.
	$same = function ( $text ) {
		return preg_replace( '/&#0*(\d+);/', '&#$1;', $text );
	};
	if ( $same( wp_kses( $html, nutrient_interaction_allowed_html(), array( 'http', 'https' ) ) ) !== $same( $html ) ) {
		return 'the allowed HTML list changes it';
	}
	if ( ! preg_match( '/^<nutrient-interaction\b([^>]*)>/', $html, $open ) || 1 !== substr_count( $html, '<nutrient-interaction' ) || '</nutrient-interaction>' !== substr( rtrim( $html ), -23 ) ) {
		return 'it is not one <nutrient-interaction> element';
	}
	$vocabulary = nutrient_interaction_vocabulary();
	$attributes = array(
		'audience'      => isset( $vocabulary['audiences'][0] ) ? $vocabulary['audiences'][0] : '',
		'heading-level' => isset( $vocabulary['headingLevels'][0] ) ? (string) $vocabulary['headingLevels'][0] : '',
	);
	preg_match_all( '/\s([a-z-]+)="([^"]*)"/', $open[1], $pairs, PREG_SET_ORDER );
	foreach ( $pairs as $pair ) {
		$attributes[ $pair[1] ] = $pair[2];
	}
	$expected = array(
		'topic'         => $slug,
		'lang'          => $lang,
		'audience'      => $audience,
		'heading-level' => (string) $level,
		'updates'       => 'off',
	);
	foreach ( $expected as $name => $value ) {
		if ( ! isset( $attributes[ $name ] ) || $attributes[ $name ] !== $value ) {
			return sprintf( 'its element does not say %s="%s"', $name, $value );
		}
	}
	if ( isset( $attributes['src'] ) || isset( $attributes['channel'] ) ) {
		return 'its element names another source';
	}
	if ( ! preg_match( '/<article\b[^>]*\sdata-version="(\d+)"/', $html, $m ) || (int) $m[1] !== $version ) {
		return sprintf( 'its card is not version %d', $version );
	}
	return '';
}

/**
 * Writes a file by way of a temporary file in the same folder, so a reader never sees half of it.
 *
 * @param string $path  Where.
 * @param string $bytes What.
 * @throws Exception When the folder or file cannot be written.
 */
function nutrient_interaction_write_atomic( $path, $bytes ) {
	if ( ! wp_mkdir_p( dirname( $path ) ) ) {
		/* translators: %s: a folder. */
		throw new Exception( sprintf( __( 'cannot create the folder %s', 'nutrient-interaction' ), dirname( $path ) ) );
	}
	$temporary = $path . '.tmp-' . wp_generate_password( 12, false );
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- an atomic write needs a temporary file and rename().
	$written = file_put_contents( $temporary, $bytes );
	// phpcs:ignore WordPress.WP.AlternativeFunctions.rename_rename -- see above.
	if ( strlen( $bytes ) !== $written || ! rename( $temporary, $path ) ) {
		wp_delete_file( $temporary );
		/* translators: %s: a file. */
		throw new Exception( sprintf( __( 'cannot write %s', 'nutrient-interaction' ), $path ) );
	}
}

/**
 * Fetches, verifies and stores one topic's cards from the channel.
 *
 * @param string   $base    Channel address.
 * @param string   $key     "<lang>/<slug>", known to the plugin.
 * @param int      $version The version the verified manifest lists.
 * @param string[] $keys    Raw public keys.
 * @return array{version: int, sha256: string}
 * @throws Exception Naming what is wrong; nothing is stored then.
 */
function nutrient_interaction_install_bundle( $base, $key, $version, $keys ) {
	list( $lang, $slug ) = explode( '/', $key, 2 );
	$vocabulary          = nutrient_interaction_vocabulary();
	$relative            = 'wordpress/' . $key . '.json';
	$signed              = nutrient_interaction_channel_fetch_signed( $base, $relative, NUTRIENT_INTERACTION_BUNDLE_MAX, $keys );
	$bytes               = $signed['bytes'];
	$bundle              = json_decode( $bytes, true );
	if ( ! is_array( $bundle ) || ! isset( $bundle['slug'], $bundle['lang'], $bundle['version'], $bundle['summaryLang'], $bundle['cards'] ) || ! is_array( $bundle['cards'] ) ) {
		/* translators: %s: a file of the channel. */
		throw new Exception( sprintf( __( '%s is not a card bundle', 'nutrient-interaction' ), $relative ) );
	}
	if ( $bundle['slug'] !== $slug || $bundle['lang'] !== $lang || $bundle['version'] !== $version || ! in_array( $bundle['summaryLang'], $vocabulary['languages'], true ) ) {
		/* translators: 1: a file of the channel, 2: topic and language, 3: a version. */
		throw new Exception( sprintf( __( '%1$s is not %2$s version %3$d, which the manifest lists', 'nutrient-interaction' ), $relative, $key, $version ) );
	}
	$names = array();
	foreach ( $vocabulary['audiences'] as $audience ) {
		foreach ( $vocabulary['headingLevels'] as $level ) {
			$name    = $audience . '-h' . $level;
			$names[] = $name;
			$problem = nutrient_interaction_card_problem( isset( $bundle['cards'][ $name ] ) ? $bundle['cards'][ $name ] : null, $slug, $lang, $audience, $level, $version );
			if ( '' !== $problem ) {
				/* translators: 1: a file of the channel, 2: a card's name, 3: what is wrong. */
				throw new Exception( sprintf( __( '%1$s: card %2$s refused: %3$s', 'nutrient-interaction' ), $relative, $name, $problem ) );
			}
		}
	}
	if ( array_diff( array_keys( $bundle['cards'] ), $names ) ) {
		/* translators: %s: a file of the channel. */
		throw new Exception( sprintf( __( '%s has cards the plugin does not know', 'nutrient-interaction' ), $relative ) );
	}
	// The topic itself, which the widget script checks again in the reader's browser before it takes over the card.
	$topic_relative = $bundle['summaryLang'] . '/' . $slug . '.json';
	$topic_signed   = nutrient_interaction_channel_fetch_signed( $base, $topic_relative, NUTRIENT_INTERACTION_TOPIC_MAX, $keys );
	$topic          = json_decode( $topic_signed['bytes'], true );
	if ( ! is_array( $topic ) || ! isset( $topic['slug'], $topic['lang'], $topic['version'] ) || $topic['slug'] !== $slug || $topic['lang'] !== $bundle['summaryLang'] || $topic['version'] !== $version ) {
		/* translators: 1: a file of the channel, 2: a version. */
		throw new Exception( sprintf( __( '%1$s is not the topic of version %2$d', 'nutrient-interaction' ), $topic_relative, $version ) );
	}
	// Stored as verified, with their signatures, in the channel's layout; the bundle last, as the option records it.
	$store = nutrient_interaction_channel_store()['dir'];
	nutrient_interaction_write_atomic( $store . $topic_relative, $topic_signed['bytes'] );
	nutrient_interaction_write_atomic( $store . $topic_relative . '.sig', $topic_signed['signature'] );
	nutrient_interaction_write_atomic( $store . $relative . '.sig', $signed['signature'] );
	nutrient_interaction_write_atomic( $store . $relative, $bytes );
	return array(
		'version' => $version,
		'sha256'  => hash( 'sha256', $bytes ),
	);
}

/**
 * The daily check (and Settings → Check now): reads the signed manifest, installs every topic whose version is higher
 * than the site's, and records the result. A failure keeps what is installed.
 *
 * @return bool Whether the check succeeded.
 */
function nutrient_interaction_check_channel() {
	$state            = nutrient_interaction_channel_state();
	$state['checked'] = time();
	$problems         = array();
	try {
		$base = nutrient_interaction_channel_base();
		$keys = nutrient_interaction_channel_config()['keys'];
		if ( '' === $base ) {
			throw new Exception( __( 'no channel address is set', 'nutrient-interaction' ) );
		}
		if ( ! $keys ) {
			throw new Exception( __( 'the plugin lists no accepted keys (channel.json): reinstall the plugin', 'nutrient-interaction' ) );
		}
		$manifest = json_decode( nutrient_interaction_channel_fetch_signed( $base, 'wordpress/index.json', NUTRIENT_INTERACTION_MANIFEST_MAX, $keys )['bytes'], true );
		if ( ! is_array( $manifest ) || ! isset( $manifest['format'], $manifest['topics'] ) || 1 !== $manifest['format'] || ! is_array( $manifest['topics'] ) ) {
			throw new Exception( __( 'wordpress/index.json is not a manifest this plugin reads', 'nutrient-interaction' ) );
		}
		// Only the plugin's own topics and languages; a topic of a later release is not this plugin's to show.
		$latest = array();
		foreach ( nutrient_interaction_channel_keys() as $key ) {
			if ( isset( $manifest['topics'][ $key ] ) && is_int( $manifest['topics'][ $key ] ) ) {
				$latest[ $key ] = $manifest['topics'][ $key ];
			}
		}
		$state['latest'] = $latest;
		foreach ( $latest as $key => $version ) {
			// Only a higher version installs: an older signed file served again (a replay) changes nothing.
			if ( $version <= nutrient_interaction_shown_version( $key, $state ) ) {
				continue;
			}
			try {
				$state['installed'][ $key ] = nutrient_interaction_install_bundle( $base, $key, $version, $keys );
			} catch ( Exception $e ) {
				$problems[] = $e->getMessage();
			}
		}
	} catch ( Exception $e ) {
		$problems[] = $e->getMessage();
	}
	$state['error'] = implode( '; ', $problems );
	if ( ! $problems ) {
		$state['succeeded'] = $state['checked'];
	}
	update_option( NUTRIENT_INTERACTION_CHANNEL_STATE_OPTION, $state, true );
	return ! $problems;
}

/**
 * An installed correction's card for a summary, when its version is higher than the bundled one and its file is the
 * one verified (same SHA-256): the element then names the site's verified copy of the channel, so the widget script
 * checks the same version there before it draws the card itself.
 *
 * @param string $lang          Card language.
 * @param string $slug          Topic.
 * @param string $audience      Wording.
 * @param int    $heading_level Heading level.
 * @return string Empty when there is none (the bundled card is used).
 */
function nutrient_interaction_installed_card( $lang, $slug, $audience, $heading_level ) {
	static $bundles = array();
	$key = $lang . '/' . $slug;
	if ( ! array_key_exists( $key, $bundles ) ) {
		$bundles[ $key ] = null;
		$state           = nutrient_interaction_channel_state();
		if ( isset( $state['installed'][ $key ] ) && $state['installed'][ $key ]['version'] > nutrient_interaction_bundled_version( $key ) ) {
			$path = nutrient_interaction_channel_store()['dir'] . 'wordpress/' . $key . '.json';
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file this plugin stored.
			$bytes = is_readable( $path ) ? (string) file_get_contents( $path ) : '';
			if ( '' !== $bytes && hash_equals( $state['installed'][ $key ]['sha256'], hash( 'sha256', $bytes ) ) ) {
				$bundle          = json_decode( $bytes, true );
				$bundles[ $key ] = isset( $bundle['cards'] ) && is_array( $bundle['cards'] ) ? $bundle['cards'] : null;
			}
		}
	}
	$name = $audience . '-h' . $heading_level;
	if ( ! isset( $bundles[ $key ][ $name ] ) || ! is_string( $bundles[ $key ][ $name ] ) ) {
		return '';
	}
	$channel = esc_url( nutrient_interaction_channel_store()['url'], array( 'http', 'https' ) );
	return (string) preg_replace_callback(
		'/^(<nutrient-interaction\b[^>]*?)\supdates="off"/',
		function ( $m ) use ( $channel ) {
			return $m[1] . ' channel="' . $channel . '"';
		},
		$bundles[ $key ][ $name ],
		1
	);
}

/**
 * Schedules the daily check (on activation, and on init should the event be gone).
 */
function nutrient_interaction_schedule_check() {
	if ( ! wp_next_scheduled( NUTRIENT_INTERACTION_CRON_HOOK ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', NUTRIENT_INTERACTION_CRON_HOOK );
	}
}

/**
 * Removes the daily check (on deactivation).
 */
function nutrient_interaction_unschedule_check() {
	wp_clear_scheduled_hook( NUTRIENT_INTERACTION_CRON_HOOK );
}

/**
 * Settings → Check now (admin-post.php): administrators only, with a nonce; back to Settings with the result.
 */
function nutrient_interaction_check_now() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'nutrient-interaction' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( NUTRIENT_INTERACTION_CRON_HOOK, 'nutrient_interaction_nonce' );
	$ok = nutrient_interaction_check_channel();
	wp_safe_redirect( add_query_arg( 'nutrient-interaction-checked', $ok ? 'ok' : 'failed', admin_url( 'options-general.php?page=nutrient-interaction' ) ) );
	exit;
}
