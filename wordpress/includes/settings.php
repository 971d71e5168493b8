<?php
/**
 * Settings → Nutrient Interaction: the site's default audience and heading level (a block or shortcode may override
 * both), stored in one option; and Corrections: the signed channel's address (its own option), the last check of it,
 * the installed and latest version of every topic, and Check now (includes/channel.php). uninstall.php removes both
 * options, the check's record and the files it stored.
 *
 * @package NutrientInteraction
 */

defined( 'ABSPATH' ) || exit;

define( 'NUTRIENT_INTERACTION_OPTION', 'nutrient_interaction_settings' );

/**
 * The site defaults, always valid.
 *
 * @return array{audience: string, heading_level: int}
 */
function nutrient_interaction_settings() {
	return nutrient_interaction_sanitize_settings( get_option( NUTRIENT_INTERACTION_OPTION, array() ) );
}

/**
 * Keeps only known keys and values; anything else becomes the built-in default.
 *
 * @param mixed $input Submitted or stored value.
 * @return array{audience: string, heading_level: int}
 */
function nutrient_interaction_sanitize_settings( $input ) {
	$input      = is_array( $input ) ? $input : array();
	$vocabulary = nutrient_interaction_vocabulary();
	$level      = isset( $input['heading_level'] ) && is_scalar( $input['heading_level'] ) ? (int) $input['heading_level'] : 0;
	// The built-in defaults are the vocabulary's first audience and level (patient, 2).
	$audience = isset( $vocabulary['audiences'][0] ) ? $vocabulary['audiences'][0] : 'patient';
	$default  = isset( $vocabulary['headingLevels'][0] ) ? $vocabulary['headingLevels'][0] : 2;
	return array(
		'audience'      => isset( $input['audience'] ) && in_array( $input['audience'], $vocabulary['audiences'], true ) ? $input['audience'] : $audience,
		'heading_level' => in_array( $level, $vocabulary['headingLevels'], true ) ? $level : $default,
	);
}

/**
 * How the settings screen and the block editor name an audience.
 *
 * @param string $audience One of the vocabulary's audiences.
 * @return string
 */
function nutrient_interaction_audience_label( $audience ) {
	$labels = array(
		'patient'   => __( 'Patient (plain language)', 'nutrient-interaction' ),
		'clinician' => __( 'Clinician (precise language)', 'nutrient-interaction' ),
	);
	return isset( $labels[ $audience ] ) ? $labels[ $audience ] : $audience;
}

/**
 * Registers the option with the Settings API (which adds and checks the form's nonce).
 */
function nutrient_interaction_register_setting() {
	register_setting(
		'nutrient_interaction',
		NUTRIENT_INTERACTION_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'nutrient_interaction_sanitize_settings',
			'default'           => array(
				'audience'      => 'patient',
				'heading_level' => 2,
			),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'nutrient_interaction_defaults', __( 'Defaults for every summary', 'nutrient-interaction' ), 'nutrient_interaction_section_intro', 'nutrient-interaction' );
	add_settings_field( 'nutrient_interaction_audience', __( 'Starting wording', 'nutrient-interaction' ), 'nutrient_interaction_audience_field', 'nutrient-interaction', 'nutrient_interaction_defaults', array( 'label_for' => 'nutrient_interaction_audience' ) );
	add_settings_field( 'nutrient_interaction_heading_level', __( 'Heading level', 'nutrient-interaction' ), 'nutrient_interaction_heading_field', 'nutrient-interaction', 'nutrient_interaction_defaults', array( 'label_for' => 'nutrient_interaction_heading_level' ) );

	register_setting(
		'nutrient_interaction',
		NUTRIENT_INTERACTION_CHANNEL_URL_OPTION,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'nutrient_interaction_sanitize_channel_url',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'nutrient_interaction_corrections', __( 'Corrections', 'nutrient-interaction' ), 'nutrient_interaction_corrections_intro', 'nutrient-interaction' );
	add_settings_field( 'nutrient_interaction_channel_url', __( 'Corrections channel', 'nutrient-interaction' ), 'nutrient_interaction_channel_field', 'nutrient-interaction', 'nutrient_interaction_corrections', array( 'label_for' => 'nutrient_interaction_channel_url' ) );
}

/**
 * Corrections section intro.
 */
function nutrient_interaction_corrections_intro() {
	echo '<p>' . esc_html__( 'Once a day the plugin reads the signed corrections channel. It installs a topic\'s newer cards only when their Ed25519 signature verifies with a key this release of the plugin accepts, and only when their version is higher than the one shown; readers without JavaScript get them too. A failed check changes nothing and is reported below.', 'nutrient-interaction' ) . '</p>';
}

/**
 * Channel address field.
 */
function nutrient_interaction_channel_field() {
	$stored = get_option( NUTRIENT_INTERACTION_CHANNEL_URL_OPTION, '' );
	echo '<input type="url" class="regular-text code" id="nutrient_interaction_channel_url" name="' . esc_attr( NUTRIENT_INTERACTION_CHANNEL_URL_OPTION ) . '" value="' . esc_attr( is_string( $stored ) ? $stored : '' ) . '" placeholder="' . esc_attr( nutrient_interaction_channel_config()['base'] ) . '">';
	echo '<p class="description">' . esc_html__( 'Leave empty for the channel of this plugin\'s releases (shown greyed out). Another address (a mirror) must be http:// or https://; what it serves is still checked against the same keys.', 'nutrient-interaction' ) . '</p>';
}

/**
 * The corrections status: the last check and its result, each topic's installed and latest version, and Check now.
 */
function nutrient_interaction_corrections_status() {
	$state  = nutrient_interaction_channel_state();
	$format = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
	$when   = function ( $time ) use ( $format ) {
		return $time ? wp_date( $format, $time ) : __( 'never', 'nutrient-interaction' );
	};
	echo '<h2>' . esc_html__( 'Corrections: status', 'nutrient-interaction' ) . '</h2>';
	echo '<p>' . esc_html__( 'Channel:', 'nutrient-interaction' ) . ' <code>' . esc_html( nutrient_interaction_channel_base() ) . '</code></p>';
	echo '<p id="nutrient-interaction-last-check">' . esc_html__( 'Last check:', 'nutrient-interaction' ) . ' ' . esc_html( $when( $state['checked'] ) );
	if ( $state['checked'] && '' === $state['error'] ) {
		echo ' — ' . esc_html__( 'succeeded.', 'nutrient-interaction' );
	}
	echo '<br>' . esc_html__( 'Last successful check:', 'nutrient-interaction' ) . ' ' . esc_html( $when( $state['succeeded'] ) ) . '</p>';
	if ( '' !== $state['error'] ) {
		echo '<div class="notice notice-error inline" id="nutrient-interaction-check-error"><p><strong>' . esc_html__( 'The last check failed; the installed cards stay as they were.', 'nutrient-interaction' ) . '</strong> ' . esc_html( $state['error'] ) . '</p></div>';
	}
	$names = nutrient_interaction_vocabulary()['languageNames'];
	echo '<table class="widefat striped" id="nutrient-interaction-versions"><thead><tr><th scope="col">' . esc_html__( 'Topic', 'nutrient-interaction' ) . '</th><th scope="col">' . esc_html__( 'Language', 'nutrient-interaction' ) . '</th><th scope="col">' . esc_html__( 'Installed version', 'nutrient-interaction' ) . '</th><th scope="col">' . esc_html__( 'Latest in the channel', 'nutrient-interaction' ) . '</th></tr></thead><tbody>';
	foreach ( nutrient_interaction_channel_keys() as $key ) {
		list( $lang, $slug ) = explode( '/', $key, 2 );
		$shown               = nutrient_interaction_shown_version( $key, $state );
		$from                = $shown > nutrient_interaction_bundled_version( $key ) ? __( 'from the channel', 'nutrient-interaction' ) : __( 'bundled', 'nutrient-interaction' );
		echo '<tr data-topic="' . esc_attr( $key ) . '"><td>' . esc_html( $slug ) . '</td><td>' . esc_html( isset( $names[ $lang ] ) ? $names[ $lang ] : $lang ) . '</td><td>' . esc_html( $shown . ' (' . $from . ')' ) . '</td><td>' . esc_html( isset( $state['latest'][ $key ] ) ? (string) $state['latest'][ $key ] : '—' ) . '</td></tr>';
	}
	echo '</tbody></table>';
	echo '<form action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" method="post"><input type="hidden" name="action" value="' . esc_attr( NUTRIENT_INTERACTION_CRON_HOOK ) . '">';
	// A nonce field of its own name: the settings form above has WordPress's _wpnonce (and its id).
	wp_nonce_field( NUTRIENT_INTERACTION_CRON_HOOK, 'nutrient_interaction_nonce' );
	submit_button( __( 'Check now', 'nutrient-interaction' ), 'secondary', 'nutrient-interaction-check-now' );
	echo '</form>';
}

/**
 * Settings → Nutrient Interaction, for users who can manage options.
 */
function nutrient_interaction_admin_menu() {
	add_options_page(
		__( 'Nutrient Interaction', 'nutrient-interaction' ),
		__( 'Nutrient Interaction', 'nutrient-interaction' ),
		'manage_options',
		'nutrient-interaction',
		'nutrient_interaction_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function nutrient_interaction_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=nutrient-interaction' ) ) . '">' . esc_html__( 'Settings', 'nutrient-interaction' ) . '</a>';
	return $links;
}

/**
 * Section intro.
 */
function nutrient_interaction_section_intro() {
	echo '<p>' . esc_html__( 'Used by every block and shortcode that does not set its own. Readers can still switch the wording; their choice is remembered in their browser.', 'nutrient-interaction' ) . '</p>';
}

/**
 * Audience field.
 */
function nutrient_interaction_audience_field() {
	$settings = nutrient_interaction_settings();
	echo '<select id="nutrient_interaction_audience" name="' . esc_attr( NUTRIENT_INTERACTION_OPTION . '[audience]' ) . '">';
	foreach ( nutrient_interaction_vocabulary()['audiences'] as $value ) {
		echo '<option value="' . esc_attr( $value ) . '"' . selected( $settings['audience'], $value, false ) . '>' . esc_html( nutrient_interaction_audience_label( $value ) ) . '</option>';
	}
	echo '</select>';
}

/**
 * Heading level field.
 */
function nutrient_interaction_heading_field() {
	$settings = nutrient_interaction_settings();
	echo '<select id="nutrient_interaction_heading_level" name="' . esc_attr( NUTRIENT_INTERACTION_OPTION . '[heading_level]' ) . '">';
	foreach ( nutrient_interaction_vocabulary()['headingLevels'] as $level ) {
		/* translators: %d: heading level. */
		echo '<option value="' . esc_attr( (string) $level ) . '"' . selected( $settings['heading_level'], $level, false ) . '>' . esc_html( sprintf( __( 'Heading %d', 'nutrient-interaction' ), $level ) ) . '</option>';
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Level of the question heading; section headings use the next level. Heading 2 fits most posts, whose title is the only heading 1.', 'nutrient-interaction' ) . '</p>';
}

/**
 * The settings screen.
 */
function nutrient_interaction_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'nutrient_interaction' );
	do_settings_sections( 'nutrient-interaction' );
	submit_button();
	echo '</form>';
	nutrient_interaction_corrections_status();
	echo '</div>';
}
