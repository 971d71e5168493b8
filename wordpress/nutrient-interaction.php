<?php
/**
 * Plugin Name:       Nutrient Interaction
 * Description:       Evidence summaries of how two nutrients (or a nutrient and a drug) interact, in patient or clinician wording, with numbered citations. A block and a shortcode for every role; the widget and its topics are served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.0
 * Author:            nutrient-interaction contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       nutrient-interaction
 *
 * @package NutrientInteraction
 */

defined( 'ABSPATH' ) || exit;

define( 'NUTRIENT_INTERACTION_VERSION', '0.1.0' );
define( 'NUTRIENT_INTERACTION_FILE', __FILE__ );
define( 'NUTRIENT_INTERACTION_DIR', plugin_dir_path( __FILE__ ) );

require_once NUTRIENT_INTERACTION_DIR . 'includes/settings.php';
require_once NUTRIENT_INTERACTION_DIR . 'includes/render.php';
require_once NUTRIENT_INTERACTION_DIR . 'includes/channel.php';

add_action( 'init', 'nutrient_interaction_register' );
add_filter( 'script_loader_tag', 'nutrient_interaction_script_tag', 10, 3 );
add_filter( 'no_texturize_tags', 'nutrient_interaction_no_texturize' );
add_action( 'admin_menu', 'nutrient_interaction_admin_menu' );
add_action( 'admin_init', 'nutrient_interaction_register_setting' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'nutrient_interaction_action_links' );
// Corrections: the daily check of the signed channel (includes/channel.php), and Settings → Check now.
register_activation_hook( __FILE__, 'nutrient_interaction_schedule_check' );
register_deactivation_hook( __FILE__, 'nutrient_interaction_unschedule_check' );
add_action( 'init', 'nutrient_interaction_schedule_check' );
add_action( NUTRIENT_INTERACTION_CRON_HOOK, 'nutrient_interaction_check_channel' );
add_action( 'admin_post_' . NUTRIENT_INTERACTION_CRON_HOOK, 'nutrient_interaction_check_now' );

/**
 * Registers the widget script, the block (with its editor script) and the shortcode.
 */
function nutrient_interaction_register() {
	// The widget: one self-contained ES module. Registered only; enqueued by the first summary a page renders.
	wp_register_script(
		'nutrient-interaction',
		plugins_url( 'assets/nutrient-interaction.js', NUTRIENT_INTERACTION_FILE ),
		array(),
		NUTRIENT_INTERACTION_VERSION,
		true
	);

	// The card's layout rules (no colours: without the script the card reads as part of the theme's article).
	wp_register_style(
		'nutrient-interaction',
		plugins_url( 'assets/nutrient-interaction.css', NUTRIENT_INTERACTION_FILE ),
		array(),
		NUTRIENT_INTERACTION_VERSION
	);

	// The block editor script: plain JS on the wp.* globals, so it needs no build step.
	wp_register_script(
		'nutrient-interaction-editor',
		plugins_url( 'block/editor.js', NUTRIENT_INTERACTION_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		NUTRIENT_INTERACTION_VERSION,
		false
	);
	wp_register_script(
		'nutrient-interaction-finder-editor',
		plugins_url( 'finder-block/editor.js', NUTRIENT_INTERACTION_FILE ),
		array( 'nutrient-interaction-editor', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		NUTRIENT_INTERACTION_VERSION,
		false
	);
	// The editor's choices come from the plugin's vocabulary and catalog, so it offers what the build prerendered.
	$settings   = nutrient_interaction_settings();
	$vocabulary = nutrient_interaction_vocabulary();
	$topics     = array();
	foreach ( nutrient_interaction_catalog() as $slug => $topic ) {
		$topics[] = array(
			'slug'      => $slug,
			'title'     => array(
				'patient'   => $topic['patient'],
				'clinician' => $topic['clinician'],
			),
			'languages' => $topic['languages'],
		);
	}
	$languages = array();
	foreach ( $vocabulary['languages'] as $code ) {
		$languages[] = array(
			'value' => $code,
			'label' => isset( $vocabulary['languageNames'][ $code ] ) ? $vocabulary['languageNames'][ $code ] : $code,
		);
	}
	$audiences = array();
	foreach ( $vocabulary['audiences'] as $audience ) {
		$audiences[] = array(
			'value' => $audience,
			'label' => nutrient_interaction_audience_label( $audience ),
		);
	}
	wp_add_inline_script(
		'nutrient-interaction-editor',
		'window.nutrientInteractionEditor = ' . wp_json_encode(
			array(
				'topics'        => $topics,
				'languages'     => $languages,
				'audiences'     => $audiences,
				'headingLevels' => $vocabulary['headingLevels'],
				'defaults'      => array(
					'audience'     => $settings['audience'],
					'headingLevel' => $settings['heading_level'],
				),
			),
			JSON_HEX_TAG | JSON_HEX_AMP
		) . ';',
		'before'
	);

	register_block_type(
		NUTRIENT_INTERACTION_DIR . 'block',
		array( 'render_callback' => 'nutrient_interaction_render_block' )
	);

	add_shortcode( 'nutrient_interaction', 'nutrient_interaction_shortcode' );
	register_block_type(
		NUTRIENT_INTERACTION_DIR . 'finder-block',
		array( 'render_callback' => 'nutrient_interaction_render_finder_block' )
	);
	add_shortcode( 'nutrient_interaction_finder', 'nutrient_interaction_finder_shortcode' );
}
