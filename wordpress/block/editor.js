/**
 * Editor side of the nutrient-interaction/summary block. Plain JS on the wp.* globals (no build step); the block's
 * attributes, title and icon come from block.json through the server. The preview is the server's own output
 * (ServerSideRender), so the editor shows exactly what readers get, or the notice when something is wrong.
 */
( function ( wp, data ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var Placeholder = wp.components.Placeholder;
	var Disabled = wp.components.Disabled;
	var ServerSideRender = wp.serverSideRender;

	var topics = ( data && data.topics ) || [];
	var defaults = ( data && data.defaults ) || { audience: 'patient', headingLevel: 2 };

	function topicOptions( current ) {
		var options = [ { value: '', label: __( 'Choose a topic…', 'nutrient-interaction' ) } ];
		var known = false;
		topics.forEach( function ( t ) {
			known = known || t.slug === current;
			options.push( { value: t.slug, label: t.title.clinician + ' (' + t.slug + ')' } );
		} );
		if ( current && ! known ) {
			/* translators: %s: a topic slug that is not bundled. */
			options.push( { value: current, label: sprintf( __( 'Unknown topic: %s', 'nutrient-interaction' ), current ) } );
		}
		return options;
	}

	function TopicPicker( props ) {
		return el( SelectControl, {
			label: __( 'Topic', 'nutrient-interaction' ),
			value: props.value || '',
			options: topicOptions( props.value ),
			onChange: props.onChange,
		} );
	}

	function label( value ) {
		return value === 'clinician' ? __( 'Clinician', 'nutrient-interaction' ) : __( 'Patient', 'nutrient-interaction' );
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var blockProps = useBlockProps();

		var controls = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Summary', 'nutrient-interaction' ) },
				el( TopicPicker, {
					value: attributes.topic,
					onChange: function ( topic ) {
						setAttributes( { topic: topic } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Starting wording', 'nutrient-interaction' ),
					help: __( 'Readers can switch; their choice is remembered.', 'nutrient-interaction' ),
					value: attributes.audience || '',
					options: [
						/* translators: %s: the site's default wording. */
						{ value: '', label: sprintf( __( 'Site default (%s)', 'nutrient-interaction' ), label( defaults.audience ) ) },
						{ value: 'patient', label: __( 'Patient (plain language)', 'nutrient-interaction' ) },
						{ value: 'clinician', label: __( 'Clinician (precise language)', 'nutrient-interaction' ) },
					],
					onChange: function ( audience ) {
						setAttributes( { audience: audience } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Language', 'nutrient-interaction' ),
					value: attributes.lang || '',
					options: [
						{ value: '', label: __( 'Site language', 'nutrient-interaction' ) },
						{ value: 'en', label: 'English' },
						{ value: 'es', label: 'Español' },
					],
					onChange: function ( lang ) {
						setAttributes( { lang: lang } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Heading level', 'nutrient-interaction' ),
					help: __( 'Level of the question heading; section headings use the next level.', 'nutrient-interaction' ),
					value: String( attributes.headingLevel || 0 ),
					options: [
						/* translators: %d: the site's default heading level. */
						{ value: '0', label: sprintf( __( 'Site default (Heading %d)', 'nutrient-interaction' ), defaults.headingLevel ) },
						{ value: '2', label: __( 'Heading 2', 'nutrient-interaction' ) },
						{ value: '3', label: __( 'Heading 3', 'nutrient-interaction' ) },
						{ value: '4', label: __( 'Heading 4', 'nutrient-interaction' ) },
						{ value: '5', label: __( 'Heading 5', 'nutrient-interaction' ) },
					],
					onChange: function ( level ) {
						setAttributes( { headingLevel: parseInt( level, 10 ) || 0 } );
					},
				} )
			)
		);

		var body = attributes.topic
			? el(
					Disabled,
					null,
					el( ServerSideRender, { block: 'nutrient-interaction/summary', attributes: attributes } )
			  )
			: el(
					Placeholder,
					{
						icon: 'heart',
						label: __( 'Nutrient interaction', 'nutrient-interaction' ),
						instructions: __( 'Choose the interaction to summarise.', 'nutrient-interaction' ),
					},
					el( TopicPicker, {
						value: '',
						onChange: function ( topic ) {
							setAttributes( { topic: topic } );
						},
					} )
			  );

		return el( 'div', blockProps, controls, body );
	}

	wp.blocks.registerBlockType( 'nutrient-interaction/summary', {
		edit: Edit,
		// Rendered on the server for every view: the post stores only the block comment and its attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.nutrientInteractionEditor );
