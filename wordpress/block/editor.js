/**
 * Editor side of the nutrient-interaction/summary block. Plain JS on the wp.* globals (no build step); the block's
 * attributes, title and icon come from block.json through the server. The preview is the server's own output
 * (ServerSideRender), so the editor shows exactly what readers get, or the notice when something is wrong. The choices
 * (languages, audiences, heading levels, and each topic's languages) come from the plugin's vocabulary.json and
 * catalog through window.nutrientInteractionEditor (nutrient-interaction.php), so they match what the build shipped.
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
	var languages = ( data && data.languages ) || [];
	var audiences = ( data && data.audiences ) || [];
	var headingLevels = ( data && data.headingLevels ) || [];
	var defaults = ( data && data.defaults ) || { audience: 'patient', headingLevel: 2 };

	function topicOf( slug ) {
		return topics.filter( function ( t ) {
			return t.slug === slug;
		} )[ 0 ];
	}

	function languageName( code ) {
		var found = languages.filter( function ( l ) {
			return l.value === code;
		} )[ 0 ];
		return found ? found.label : code;
	}

	function topicOptions( current ) {
		var options = [ { value: '', label: __( 'Choose a topic…', 'nutrient-interaction' ) } ];
		var known = false;
		topics.forEach( function ( t ) {
			known = known || t.slug === current;
			// Which languages the topic is written in; in the others readers get the English card with a note.
			options.push( { value: t.slug, label: t.title.clinician + ' (' + t.slug + '; ' + ( t.languages || [] ).join( ', ' ) + ')' } );
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
		var found = audiences.filter( function ( a ) {
			return a.value === value;
		} )[ 0 ];
		return found ? found.label : value;
	}

	/** Under the language choice: whether the chosen topic is written in it, or readers get the English card. */
	function languageHelp( attributes ) {
		var topic = topicOf( attributes.topic );
		if ( ! topic || ! attributes.lang || ( topic.languages || [] ).indexOf( attributes.lang ) !== -1 ) {
			return undefined;
		}
		return sprintf(
			/* translators: %s: a language name. */
			__( 'This topic is not translated into %s yet: readers get the English summary with a note saying so.', 'nutrient-interaction' ),
			languageName( attributes.lang )
		);
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
					].concat( audiences ),
					onChange: function ( audience ) {
						setAttributes( { audience: audience } );
					},
				} ),
				el( SelectControl, {
					label: __( 'Language', 'nutrient-interaction' ),
					help: languageHelp( attributes ),
					value: attributes.lang || '',
					options: [ { value: '', label: __( 'Site language', 'nutrient-interaction' ) } ].concat( languages ),
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
					].concat(
						headingLevels.map( function ( level ) {
							/* translators: %d: a heading level. */
							return { value: String( level ), label: sprintf( __( 'Heading %d', 'nutrient-interaction' ), level ) };
						} )
					),
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
