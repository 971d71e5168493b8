<?php
/**
 * Uninstall: remove the one option the plugin stores (Settings → Nutrient Interaction), on every site of a network.
 *
 * @package NutrientInteraction
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $nutrient_interaction_site ) {
		switch_to_blog( $nutrient_interaction_site );
		delete_option( 'nutrient_interaction_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'nutrient_interaction_settings' );
}
