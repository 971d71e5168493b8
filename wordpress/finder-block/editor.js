/**
 * Editor side of the nutrient-interaction/finder block: a language and a wording, and the server's own output as the
 * preview (the A–Z list the finder starts from). Plain JS on the wp.* globals, with the choices of
 * window.nutrientInteractionEditor (nutrient-interaction.php), as the summary block.
 */
( function ( wp, data ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var Disabled = wp.components.Disabled;
	var ServerSideRender = wp.serverSideRender;

	var languages = ( data && data.languages ) || [];
	var audiences = ( data && data.audiences ) || [];

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var controls = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Finder', 'nutrient-interaction' ) },
				el( SelectControl, {
					label: __( 'Language', 'nutrient-interaction' ),
					value: attributes.lang || '',
					options: [ { value: '', label: __( "Site's language", 'nutrient-interaction' ) } ].concat( languages ),
					onChange: function ( lang ) {
						setAttributes( { lang: lang } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Wording of the summaries', 'nutrient-interaction' ),
					value: attributes.audience || '',
					options: [ { value: '', label: __( 'Site default', 'nutrient-interaction' ) } ].concat( audiences ),
					onChange: function ( audience ) {
						setAttributes( { audience: audience } );
					},
				} )
			)
		);
		return el(
			'div',
			useBlockProps(),
			controls,
			el( Disabled, null, el( ServerSideRender, { block: 'nutrient-interaction/finder', attributes: attributes } ) )
		);
	}

	wp.blocks.registerBlockType( 'nutrient-interaction/finder', {
		edit: Edit,
		// Rendered on the server for every view: the post stores only the block comment and its attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.nutrientInteractionEditor );
