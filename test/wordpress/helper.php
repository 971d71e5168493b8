<?php
/**
 * Test helper: one WordPress action per run, through WordPress's own functions, answered as JSON on stdout.
 *
 *   php helper.php WP_ROOT ACTION 'JSON-ARGS'
 */
if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	exit( 1 );
}
$helper_root   = $argv[1];
$helper_action = $argv[2];
$helper_args   = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();
$helper_url    = parse_url( $helper_args['home'] ?? 'http://127.0.0.1/' );

// What a web request would have; WordPress reads some of it even from the command line.
$_SERVER['HTTP_HOST']       = $helper_url['host'] . ( isset( $helper_url['port'] ) ? ':' . $helper_url['port'] : '' );
$_SERVER['SERVER_NAME']     = $helper_url['host'];
$_SERVER['SERVER_PORT']     = (string) ( $helper_url['port'] ?? 80 );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ( 'install' === $helper_action ) {
	define( 'WP_INSTALLING', true );
	// No mail server here: the "new site" email is skipped (a pluggable function may be defined first).
	function wp_new_blog_notification() {}
}
ob_start();
require $helper_root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

/** The user with this login as the current user (null: a logged-out reader). */
function as_user( $login ) {
	$user = $login ? get_user_by( 'login', $login ) : null;
	wp_set_current_user( $user ? $user->ID : 0 );
}

$helper_result = null;
switch ( $helper_action ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$r = wp_install( 'Nutrient test blog', 'admin', 'admin@example.test', true, '', $helper_args['admin_pass'] );
		update_option( 'permalink_structure', '/%postname%/' );
		// Avatars come from gravatar.com, which this closed network cannot reach (and the test counts foreign requests).
		update_option( 'show_avatars', 0 );
		flush_rewrite_rules();
		$helper_result = array( 'user_id' => $r['user_id'], 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet() );
		break;

	case 'install-plugin':
		// The admin's Plugins → Add New → Upload Plugin path: WordPress unzips (PclZip here) and checks the folder.
		as_user( 'admin' );
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		$skin      = new Automatic_Upgrader_Skin();
		$upgrader  = new Plugin_Upgrader( $skin );
		$installed = $upgrader->install( $helper_args['zip'] );
		$file      = $upgrader->plugin_info();
		$activated = $file ? activate_plugin( $file ) : new WP_Error( 'none', 'nothing installed' );
		$helper_result    = array(
			'installed' => is_wp_error( $installed ) ? $installed->get_error_message() : $installed,
			'messages'  => $skin->get_upgrade_messages(),
			'file'      => $file,
			'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : true,
			'header'    => $file ? get_plugin_data( WP_PLUGIN_DIR . '/' . $file, false, false ) : null,
			'dir'       => $file ? WP_PLUGIN_DIR . '/' . dirname( $file ) : null,
		);
		break;

	case 'users':
		$helper_result = array();
		foreach ( $helper_args['users'] as $u ) {
			$id = wp_insert_user(
				array(
					'user_login' => $u['login'],
					'user_pass'  => $u['pass'],
					'user_email' => $u['login'] . '@example.test',
					'role'       => $u['role'],
				)
			);
			$helper_result[ $u['login'] ] = is_wp_error( $id ) ? $id->get_error_message() : $id;
			if ( ! is_wp_error( $id ) ) {
				// The block editor's first-run welcome guide stays closed (it loads an image from wordpress.org).
				update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
			}
		}
		break;

	case 'post':
		// Saved as this user, as their editor would: kses runs for users without unfiltered_html.
		as_user( $helper_args['as'] );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $helper_args['title'],
					'post_content' => $helper_args['content'],
					'post_status'  => $helper_args['status'],
					'post_type'    => 'post',
				)
			),
			true
		);
		$helper_result = is_wp_error( $id )
			? array( 'error' => $id->get_error_message() )
			: array(
				'id'              => $id,
				'content'         => get_post_field( 'post_content', $id, 'raw' ),
				'unfiltered_html' => current_user_can( 'unfiltered_html' ),
			);
		break;

	case 'publish':
		// An administrator presses Publish (a full save, as the editor does; it also gives the post its slug).
		as_user( 'admin' );
		wp_update_post( array( 'ID' => $helper_args['id'], 'post_status' => 'publish' ) );
		$helper_result = array( 'status' => get_post_status( $helper_args['id'] ), 'link' => get_permalink( $helper_args['id'] ) );
		break;

	case 'theme':
		switch_theme( $helper_args['stylesheet'] );
		$helper_result = array( 'theme' => get_stylesheet(), 'block' => wp_is_block_theme() );
		break;

	case 'render':
		// What a post's content becomes for this user (null: a reader), on a site in `locale` if given (as Settings →
		// General sets it once that language is installed).
		as_user( $helper_args['as'] );
		if ( ! empty( $helper_args['locale'] ) ) {
			$helper_locale = (string) $helper_args['locale'];
			add_filter(
				'locale',
				function () use ( $helper_locale ) {
					return $helper_locale;
				}
			);
		}
		$helper_result = array( 'html' => apply_filters( 'the_content', $helper_args['content'] ) );
		break;

	case 'kses':
		// Each prerendered card through the plugin's allowed list: anything removed means the contract drifted.
		$dir     = WP_PLUGIN_DIR . '/nutrient-interaction/prerendered';
		$changed = array();
		$count   = 0;
		// The first language's cards at the top, the others' in a folder each.
		foreach ( array_merge( glob( $dir . '/*/*.html' ), glob( $dir . '/*/*/*.html' ) ) as $file ) {
			$count++;
			$raw      = file_get_contents( $file );
			$filtered = wp_kses( $raw, nutrient_interaction_allowed_html(), array( 'http', 'https' ) );
			// kses writes numeric character references with leading zeros (&#39; becomes &#039;): the same character.
			$same = function ( $html ) {
				return preg_replace( '/&#0*(\d+);/', '&#$1;', $html );
			};
			if ( $same( $filtered ) !== $same( $raw ) ) {
				$at        = strspn( $raw ^ $filtered, "\0" );
				$changed[] = array(
					'file'     => substr( $file, strlen( $dir ) + 1 ),
					'raw'      => substr( $raw, max( 0, $at - 60 ), 160 ),
					'filtered' => substr( $filtered, max( 0, $at - 60 ), 160 ),
				);
			}
		}
		$helper_result = array( 'count' => $count, 'changed' => $changed );
		break;

	case 'settings':
		if ( array_key_exists( 'set', $helper_args ) ) {
			update_option( 'nutrient_interaction_settings', $helper_args['set'] );
		}
		$helper_result = array(
			'stored'    => get_option( 'nutrient_interaction_settings', null ),
			'effective' => nutrient_interaction_settings(),
		);
		break;

	case 'guard':
		// The card's text through the plugin's guard, then through WordPress's own text filters.
		$guarded       = nutrient_interaction_guard_smilies( $helper_args['html'] );
		$helper_result = array(
			'guarded'  => $guarded,
			'smilies'  => convert_smilies( $guarded ),
			'texturized' => wptexturize( $guarded ),
		);
		break;

	case 'sanitize':
		$helper_result = nutrient_interaction_sanitize_settings( $helper_args['input'] );
		break;

	case 'channel':
		// The corrections check: its daily event, the channel address (set, if given, through the Settings API's
		// sanitizer), a run of the event's hook as WP-Cron runs it, and what it recorded.
		if ( array_key_exists( 'url', $helper_args ) ) {
			update_option( 'nutrient_interaction_channel_url', nutrient_interaction_sanitize_channel_url( $helper_args['url'] ) );
		}
		if ( ! empty( $helper_args['run'] ) ) {
			do_action( 'nutrient_interaction_check_channel' );
		}
		$helper_result = array(
			'next'     => wp_next_scheduled( 'nutrient_interaction_check_channel' ),
			'schedule' => wp_get_schedule( 'nutrient_interaction_check_channel' ),
			'url'      => get_option( 'nutrient_interaction_channel_url', null ),
			'base'     => nutrient_interaction_channel_base(),
			'state'    => get_option( 'nutrient_interaction_channel_state', null ),
			'store'    => nutrient_interaction_channel_store(),
			'errors'   => get_settings_errors( 'nutrient_interaction_channel_url' ),
		);
		break;

	case 'uninstall':
		as_user( 'admin' );
		$file = 'nutrient-interaction/nutrient-interaction.php';
		deactivate_plugins( $file );
		$ran    = uninstall_plugin( $file );
		$uploads = wp_upload_dir( null, false );
		$helper_result = array(
			'ran'     => $ran,
			'option'  => get_option( 'nutrient_interaction_settings', 'absent' ),
			'channel' => array( get_option( 'nutrient_interaction_channel_url', 'absent' ), get_option( 'nutrient_interaction_channel_state', 'absent' ) ),
			'event'   => wp_next_scheduled( 'nutrient_interaction_check_channel' ),
			'files'   => file_exists( $uploads['basedir'] . '/nutrient-interaction' ),
		);
		break;

	default:
		$helper_result = array( 'error' => 'unknown action ' . $helper_action );
}
$stray = ob_get_clean();
echo wp_json_encode( array( 'result' => $helper_result, 'stray_output' => $stray ) );
