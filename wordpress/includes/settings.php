<?php
/**
 * Settings → Nutrient Interaction: the site's default audience and heading level (a block or shortcode may override
 * both). Stored in one option, removed by uninstall.php.
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
	echo '</form></div>';
}
