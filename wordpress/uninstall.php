<?php
/**
 * Uninstall: remove what the plugin stores, on every site of a network: its two options (Settings → Nutrient
 * Interaction), the record of the corrections check, its daily event, and the corrections it installed
 * (uploads/nutrient-interaction/).
 *
 * @package NutrientInteraction
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Removes a folder and everything in it.
 *
 * @param string $dir Folder.
 */
function nutrient_interaction_uninstall_remove( $dir ) {
	$names = is_dir( $dir ) && ! is_link( $dir ) ? scandir( $dir ) : false;
	if ( false === $names ) {
		return;
	}
	foreach ( $names as $name ) {
		if ( '.' === $name || '..' === $name ) {
			continue;
		}
		$path = $dir . '/' . $name;
		if ( is_dir( $path ) && ! is_link( $path ) ) {
			nutrient_interaction_uninstall_remove( $path );
		} else {
			wp_delete_file( $path );
		}
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- the plugin's own, now empty, folder.
	rmdir( $dir );
}

/**
 * Removes this site's options, event and files.
 */
function nutrient_interaction_uninstall_site() {
	delete_option( 'nutrient_interaction_settings' );
	delete_option( 'nutrient_interaction_channel_url' );
	delete_option( 'nutrient_interaction_channel_state' );
	wp_clear_scheduled_hook( 'nutrient_interaction_check_channel' );
	$uploads = wp_upload_dir( null, false );
	nutrient_interaction_uninstall_remove( trailingslashit( $uploads['basedir'] ) . 'nutrient-interaction' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $nutrient_interaction_site ) {
		switch_to_blog( $nutrient_interaction_site );
		nutrient_interaction_uninstall_site();
		restore_current_blog();
	}
} else {
	nutrient_interaction_uninstall_site();
}
