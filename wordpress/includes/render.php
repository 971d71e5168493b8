<?php
/**
 * The block and the shortcode: validate, then print the prerendered card for the topic and load the widget once.
 *
 * @package NutrientInteraction
 */

defined( 'ABSPATH' ) || exit;

/**
 * The words the plugin shares with the widget and its build: card languages (the first is the one every topic is
 * written in), their names, audiences, heading levels, the topic slug rule and the element's attribute names. The
 * build writes them to vocabulary.json from the widget's own source, so a new language or attribute needs no edit here.
 * A missing or broken file leaves every list empty: each summary then asks for the plugin to be reinstalled.
 *
 * @return array{languages: string[], languageNames: array<string, string>, audiences: string[], headingLevels: int[], slugPattern: string, slugMax: int, attributes: string[]}
 */
function nutrient_interaction_vocabulary() {
	static $vocabulary = null;
	if ( null !== $vocabulary ) {
		return $vocabulary;
	}
	$data       = nutrient_interaction_read_json( 'vocabulary.json' );
	$data       = is_array( $data ) ? $data : array();
	$strings    = function ( $key ) use ( $data ) {
		return isset( $data[ $key ] ) && is_array( $data[ $key ] ) ? array_values( array_filter( $data[ $key ], 'is_string' ) ) : array();
	};
	$vocabulary = array(
		'languages'     => $strings( 'languages' ),
		'languageNames' => isset( $data['languageNames'] ) && is_array( $data['languageNames'] ) ? array_filter( $data['languageNames'], 'is_string' ) : array(),
		'audiences'     => $strings( 'audiences' ),
		'headingLevels' => isset( $data['headingLevels'] ) && is_array( $data['headingLevels'] ) ? array_values( array_filter( $data['headingLevels'], 'is_int' ) ) : array(),
		// Matches nothing until the file is read: no slug is valid without the rule.
		'slugPattern'   => isset( $data['slugPattern'] ) && is_string( $data['slugPattern'] ) ? $data['slugPattern'] : '(?!)',
		'slugMax'       => isset( $data['slugMax'] ) && is_int( $data['slugMax'] ) ? $data['slugMax'] : 0,
		'attributes'    => $strings( 'attributes' ),
	);
	return $vocabulary;
}

/**
 * The bundled topics: slug => title in both wordings and the languages it is written in, from
 * assets/topics/index.json (the widget's own catalog).
 *
 * @return array<string, array{patient: string, clinician: string, languages: string[]}>
 */
function nutrient_interaction_catalog() {
	static $catalog = null;
	if ( null !== $catalog ) {
		return $catalog;
	}
	$catalog = array();
	$data    = nutrient_interaction_read_json( 'assets/topics/index.json' );
	if ( ! isset( $data['topics'] ) || ! is_array( $data['topics'] ) ) {
		return $catalog;
	}
	foreach ( $data['topics'] as $topic ) {
		if ( ! isset( $topic['slug'], $topic['title']['patient'], $topic['title']['clinician'] ) || ! nutrient_interaction_is_slug( $topic['slug'] ) ) {
			continue;
		}
		// Only the languages the plugin knows; the source language always (every topic is written in it).
		$vocabulary                = nutrient_interaction_vocabulary();
		$languages                 = isset( $topic['languages'] ) && is_array( $topic['languages'] ) ? $topic['languages'] : array();
		$catalog[ $topic['slug'] ] = array(
			'patient'   => (string) $topic['title']['patient'],
			'clinician' => (string) $topic['title']['clinician'],
			'languages' => array_values( array_unique( array_merge( array_slice( $vocabulary['languages'], 0, 1 ), array_intersect( $vocabulary['languages'], $languages ) ) ) ),
		);
	}
	return $catalog;
}

/**
 * Reads a JSON file shipped with the plugin.
 *
 * @param string $relative Path inside the plugin folder.
 * @return mixed Decoded data, or null.
 */
function nutrient_interaction_read_json( $relative ) {
	$path = NUTRIENT_INTERACTION_DIR . $relative;
	if ( ! is_readable( $path ) ) {
		return null;
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
	return json_decode( (string) file_get_contents( $path ), true );
}

/**
 * Whether a value is a topic slug, by the widget's rule (vocabulary.json): lowercase letters, digits and single
 * hyphens, at most slugMax long. The pattern is a JavaScript RegExp's source, which escapes any "/", so "/" delimits
 * it; the D modifier makes "$" end the string, as in JavaScript (PCRE's "$" would also match before a final newline).
 *
 * @param mixed $value Value to check.
 * @return bool
 */
function nutrient_interaction_is_slug( $value ) {
	$vocabulary = nutrient_interaction_vocabulary();
	return is_string( $value ) && strlen( $value ) <= $vocabulary['slugMax'] && 1 === preg_match( '/' . $vocabulary['slugPattern'] . '/D', $value );
}

/**
 * The Subresource Integrity hash of the widget script (assets/sri.json, written by the build).
 *
 * @return string
 */
function nutrient_interaction_integrity() {
	static $integrity = null;
	if ( null === $integrity ) {
		$sri       = nutrient_interaction_read_json( 'assets/sri.json' );
		$integrity = ( isset( $sri['nutrient-interaction.js'] ) && is_string( $sri['nutrient-interaction.js'] ) && 1 === preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/=]+$/', $sri['nutrient-interaction.js'] ) )
			? $sri['nutrient-interaction.js']
			: '';
	}
	return $integrity;
}

/**
 * Prints the widget as a module script with its integrity hash. WordPress 6.1 has no wp_enqueue_script_module(), so
 * the classic script tag gets type="module", integrity and crossorigin here.
 *
 * @param string $tag    The script tag(s) WordPress built.
 * @param string $handle Script handle.
 * @param string $src    Script URL.
 * @return string
 */
function nutrient_interaction_script_tag( $tag, $handle, $src ) {
	if ( 'nutrient-interaction' !== $handle ) {
		return $tag;
	}
	$attributes = ' type="module"';
	$integrity  = nutrient_interaction_integrity();
	if ( '' !== $integrity ) {
		$attributes .= ' integrity="' . esc_attr( $integrity ) . '"';
	}
	$attributes .= ' crossorigin="anonymous"';
	// Only the tag that loads the file (never an inline script attached to the handle); drop any classic type first.
	return (string) preg_replace_callback(
		'/<script\b([^>]*\bsrc=[^>]*)>/',
		function ( $m ) use ( $attributes ) {
			return '<script' . $attributes . preg_replace( '/\s+type=(["\'])[^"\']*\1/', '', $m[1] ) . '>';
		},
		$tag,
		1
	);
}

/**
 * Loads the widget script and the card's layout stylesheet. Safe to call once per summary: WordPress prints a handle once per page.
 */
function nutrient_interaction_enqueue() {
	wp_enqueue_style( 'nutrient-interaction' );
	wp_enqueue_script( 'nutrient-interaction' );
}

/**
 * The elements and attributes the prerendered card may contain; everything else is removed.
 *
 * @return array
 */
function nutrient_interaction_allowed_html() {
	static $allowed = null;
	if ( null !== $allowed ) {
		return $allowed;
	}
	$global = array(
		'class' => true,
		'id'    => true,
		'lang'  => true,
		'dir'   => true,
		'role'  => true,
	);
	// Every WAI-ARIA 1.2 state and property (kses has no aria-* wildcard).
	$aria = array( 'activedescendant', 'atomic', 'autocomplete', 'busy', 'checked', 'colcount', 'colindex', 'colspan', 'controls', 'current', 'describedby', 'description', 'details', 'disabled', 'errormessage', 'expanded', 'flowto', 'haspopup', 'hidden', 'invalid', 'keyshortcuts', 'label', 'labelledby', 'level', 'live', 'modal', 'multiline', 'multiselectable', 'orientation', 'owns', 'placeholder', 'posinset', 'pressed', 'readonly', 'relevant', 'required', 'roledescription', 'rowcount', 'rowindex', 'rowspan', 'selected', 'setsize', 'sort', 'valuemax', 'valuemin', 'valuenow', 'valuetext' );
	foreach ( $aria as $name ) {
		$global[ 'aria-' . $name ] = true;
	}
	// The element keeps its own attributes (vocabulary.json), but src: the plugin's cards are its bundled topics.
	$element = array();
	foreach ( nutrient_interaction_vocabulary()['attributes'] as $name ) {
		if ( 'src' !== $name ) {
			$element[ $name ] = true;
		}
	}
	$allowed = array(
		'nutrient-interaction' => $element + $global,
		// The card itself: the element shows it in its "card" slot; data-audience tells it which wording it holds.
		'article'              => array(
			'slot'          => true,
			'data-audience' => true,
			'data-version'  => true,
		) + $global,
		'a'                    => array(
			'href'     => true,
			'rel'      => true,
			'hreflang' => true,
			'target'   => true,
		) + $global,
		'ol'                   => array(
			'start'    => true,
			'reversed' => true,
			'type'     => true,
		) + $global,
		// References are focus targets of the citation links.
		'li'                   => array(
			'value'    => true,
			'tabindex' => true,
		) + $global,
		'details'              => array(
			'open'         => true,
			'data-section' => true,
		) + $global,
		'time'                 => array( 'datetime' => true ) + $global,
	);
	foreach ( array( 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'dl', 'dt', 'dd', 'summary', 'sup', 'strong', 'em', 'br', 'div', 'section', 'span' ) as $tag ) {
		$allowed[ $tag ] = $global;
	}
	return $allowed;
}

/**
 * The prerendered card for a topic, filtered through the allowed list. The build writes one for every language, also
 * where a topic is not translated yet: there it is the English card with a note in that language. A newer card that
 * the daily check verified and installed from the signed channel is printed instead.
 *
 * @param string $slug          Topic slug (validated against the catalog).
 * @param string $audience      One of the vocabulary's audiences.
 * @param int    $heading_level One of its heading levels.
 * @param string $lang          One of its languages (the first at the top of prerendered/, the others in prerendered/<lang>/).
 * @return string Empty when the file is missing.
 */
function nutrient_interaction_prerendered( $slug, $audience, $heading_level, $lang = '' ) {
	static $cache = array();
	$languages = nutrient_interaction_vocabulary()['languages'];
	$key       = ( '' === $lang || ( isset( $languages[0] ) && $languages[0] === $lang ) ? '' : $lang . '/' ) . $slug . '/' . $audience . '-h' . $heading_level;
	if ( isset( $cache[ $key ] ) ) {
		return $cache[ $key ];
	}
	// A correction the daily check installed (includes/channel.php), when newer than the bundled card.
	$html = nutrient_interaction_installed_card( '' === $lang && isset( $languages[0] ) ? $languages[0] : $lang, $slug, $audience, $heading_level );
	$path = NUTRIENT_INTERACTION_DIR . 'prerendered/' . $key . '.html';
	if ( '' === $html && is_readable( $path ) ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$html = (string) file_get_contents( $path );
	}
	$cache[ $key ] = '' === $html ? '' : nutrient_interaction_guard_smilies( wp_kses( $html, nutrient_interaction_allowed_html(), array( 'http', 'https' ) ) );
	return $cache[ $key ];
}

/**
 * Keeps WordPress's text filters off the card's reviewed wording. Post content, and in block themes the whole page,
 * goes through wptexturize (curly quotes, dashes) and convert_smilies (" :) " or " 8O " becomes an emoji image) after blocks and
 * shortcodes render. wptexturize skips elements listed in no_texturize_tags, so the element is added there
 * (nutrient_interaction_no_texturize); convert_smilies has no such list, so any text it would convert gets its first
 * character as a numeric character reference, which reads the same and no longer matches.
 *
 * @param string $html The filtered card.
 * @return string
 */
function nutrient_interaction_guard_smilies( $html ) {
	global $wp_smiliessearch;
	if ( empty( $wp_smiliessearch ) || ! get_option( 'use_smilies' ) ) {
		return $html;
	}
	$parts = preg_split( '/(<.*>)/U', $html, -1, PREG_SPLIT_DELIM_CAPTURE );
	foreach ( $parts as $i => $part ) {
		if ( '' !== $part && '<' !== $part[0] ) {
			$parts[ $i ] = preg_replace_callback(
				$wp_smiliessearch,
				function ( $m ) {
					return '&#' . ord( $m[0][0] ) . ';' . substr( $m[0], 1 );
				},
				$part
			);
		}
	}
	return implode( '', $parts );
}

/**
 * Adds the element to the tags whose content wptexturize leaves alone.
 *
 * @param string[] $tags Tag names.
 * @return string[]
 */
function nutrient_interaction_no_texturize( $tags ) {
	$tags[] = 'nutrient-interaction';
	$tags[] = 'nutrient-interaction-finder';
	return $tags;
}

/**
 * The summaries' language when a block or shortcode does not choose one: the site locale's language when it is one of
 * the card languages (es_ES, es_MX… give es), otherwise the first (English).
 *
 * @return string One of the vocabulary's languages ('' when it lists none).
 */
function nutrient_interaction_site_lang() {
	$languages = nutrient_interaction_vocabulary()['languages'];
	$primary   = strtolower( (string) strtok( (string) get_locale(), '_-' ) );
	return in_array( $primary, $languages, true ) ? $primary : ( isset( $languages[0] ) ? $languages[0] : '' );
}

/**
 * Checks a summary's settings against the vocabulary. Empty audience or heading level means the site default
 * (Settings → Nutrient Interaction); an empty language means the site's language.
 *
 * @param mixed $topic         Topic slug.
 * @param mixed $audience      '' or an audience (patient, clinician).
 * @param mixed $heading_level '', 0 or a heading level (2–5; number or digits).
 * @param mixed $lang          '' or a card language (en, es).
 * @return array{0: array|null, 1: string[]} The resolved settings (or null) and the problems found.
 */
function nutrient_interaction_resolve( $topic, $audience, $heading_level, $lang = '' ) {
	$problems   = array();
	$catalog    = nutrient_interaction_catalog();
	$defaults   = nutrient_interaction_settings();
	$vocabulary = nutrient_interaction_vocabulary();
	/* translators: separates the choices in a list such as "patient or clinician" or "2, 3, 4 or 5". */
	$or = __( ' or ', 'nutrient-interaction' );
	$choices = function ( $values ) use ( $or ) {
		$last = array_pop( $values );
		return $values ? implode( ', ', $values ) . $or . $last : (string) $last;
	};

	if ( null === $topic || '' === $topic ) {
		$problems[] = __( 'No topic chosen.', 'nutrient-interaction' );
	} elseif ( ! is_string( $topic ) || ! isset( $catalog[ $topic ] ) ) {
		$problems[] = sprintf(
			/* translators: 1: the topic given, 2: the bundled topics. */
			__( 'Unknown topic "%1$s". Bundled topics: %2$s.', 'nutrient-interaction' ),
			is_scalar( $topic ) ? (string) $topic : gettype( $topic ),
			implode( ', ', array_keys( $catalog ) )
		);
	}

	if ( null === $audience || '' === $audience ) {
		$audience = $defaults['audience'];
	} elseif ( ! in_array( $audience, $vocabulary['audiences'], true ) ) {
		$problems[] = sprintf(
			/* translators: 1: the audience given, 2: the audiences, as "patient or clinician". */
			__( 'Unknown audience "%1$s": use %2$s.', 'nutrient-interaction' ),
			is_scalar( $audience ) ? (string) $audience : gettype( $audience ),
			$choices( $vocabulary['audiences'] )
		);
	}

	if ( null === $heading_level || '' === $heading_level || 0 === $heading_level || '0' === $heading_level ) {
		$heading_level = $defaults['heading_level'];
	} elseif ( ( is_int( $heading_level ) || ( is_string( $heading_level ) && ctype_digit( $heading_level ) ) ) && in_array( (int) $heading_level, $vocabulary['headingLevels'], true ) ) {
		$heading_level = (int) $heading_level;
	} else {
		$problems[] = sprintf(
			/* translators: 1: the heading level given, 2: the levels, as "2, 3, 4 or 5". */
			__( 'Heading level "%1$s" is not %2$s.', 'nutrient-interaction' ),
			is_scalar( $heading_level ) ? (string) $heading_level : gettype( $heading_level ),
			$choices( $vocabulary['headingLevels'] )
		);
	}

	if ( null === $lang || '' === $lang ) {
		$lang = nutrient_interaction_site_lang();
	} elseif ( ! in_array( $lang, $vocabulary['languages'], true ) ) {
		$problems[] = sprintf(
			/* translators: 1: the language given, 2: the language codes, as "en or es". */
			__( 'Unknown language "%1$s": use %2$s.', 'nutrient-interaction' ),
			is_scalar( $lang ) ? (string) $lang : gettype( $lang ),
			$choices( $vocabulary['languages'] )
		);
	}

	if ( $problems ) {
		return array( null, $problems );
	}
	return array(
		array(
			'topic'         => $topic,
			'audience'      => $audience,
			'heading_level' => $heading_level,
			'lang'          => $lang,
		),
		array(),
	);
}

/**
 * What a summary that cannot be shown prints: a notice for people who can edit posts (in the editor's preview, a
 * post preview or their own view of the page), and for readers only an HTML comment.
 *
 * @param string[] $problems           What is wrong.
 * @param string   $wrapper_attributes Attributes of the wrapping element (already escaped).
 * @return string
 */
function nutrient_interaction_problem( $problems, $wrapper_attributes ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '<!-- nutrient-interaction: summary not shown -->';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div ' . $wrapper_attributes . '><div class="nutrient-interaction-notice" role="note" style="border:2px solid #b32d2e;border-radius:4px;padding:0.75em 1em;background:#fcf0f1;color:#1e1e1e">'
		. '<p><strong>' . esc_html__( 'Nutrient interaction: this summary cannot be shown.', 'nutrient-interaction' ) . '</strong></p>'
		. '<ul>' . $items . '</ul>'
		. '<p>' . esc_html__( 'Only people who can edit posts see this notice; readers see nothing here.', 'nutrient-interaction' ) . '</p>'
		. '</div></div>';
}

/**
 * The summary's HTML: the prerendered card inside a wrapper (so themes keep it in the text column), and the widget
 * script queued, which upgrades it in place.
 *
 * @param mixed  $topic              Topic slug.
 * @param mixed  $audience           Audience ('' for the site default).
 * @param mixed  $heading_level      Heading level ('' or 0 for the site default).
 * @param string $wrapper_attributes Attributes of the wrapping element (already escaped).
 * @param string[] $extra_problems   Problems found by the caller (e.g. unknown shortcode attributes).
 * @param mixed  $lang               Language ('' for the site's).
 * @return string
 */
function nutrient_interaction_render( $topic, $audience, $heading_level, $wrapper_attributes, $extra_problems = array(), $lang = '' ) {
	list( $resolved, $problems ) = nutrient_interaction_resolve( $topic, $audience, $heading_level, $lang );
	$problems                    = array_merge( $problems, $extra_problems );
	if ( ! $problems ) {
		$card = nutrient_interaction_prerendered( $resolved['topic'], $resolved['audience'], $resolved['heading_level'], $resolved['lang'] );
		if ( '' === $card ) {
			$problems[] = __( 'The plugin\'s prerendered files are missing: reinstall the plugin.', 'nutrient-interaction' );
		}
	}
	if ( $problems ) {
		return nutrient_interaction_problem( $problems, $wrapper_attributes );
	}
	nutrient_interaction_enqueue();
	return '<div ' . $wrapper_attributes . '>' . $card . '</div>';
}

/**
 * Block render callback for nutrient-interaction/summary.
 *
 * @param array         $attributes Attributes after WordPress's own schema check.
 * @param string        $content    Unused (the block saves no markup).
 * @param WP_Block|null $block      The block, whose parsed attributes are checked as written.
 * @return string
 */
function nutrient_interaction_render_block( $attributes, $content = '', $block = null ) {
	// WordPress silently drops attribute values of the wrong type; check what was written, so editors hear about it.
	$raw = ( $block instanceof WP_Block && isset( $block->parsed_block['attrs'] ) && is_array( $block->parsed_block['attrs'] ) )
		? $block->parsed_block['attrs']
		: (array) $attributes;
	return nutrient_interaction_render(
		isset( $raw['topic'] ) ? $raw['topic'] : '',
		isset( $raw['audience'] ) ? $raw['audience'] : '',
		isset( $raw['headingLevel'] ) ? $raw['headingLevel'] : '',
		get_block_wrapper_attributes(),
		array(),
		isset( $raw['lang'] ) ? $raw['lang'] : ''
	);
}

/**
 * The shortcode [nutrient_interaction topic="k2-d3" audience="clinician" heading_level="3" lang="es"].
 *
 * @param array|string $atts Attributes as written.
 * @return string
 */
function nutrient_interaction_shortcode( $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$known   = array(
		'topic'         => '',
		'audience'      => '',
		'heading_level' => '',
		'lang'          => '',
	);
	$unknown = array_diff_key( $atts, $known );
	$atts    = shortcode_atts( $known, $atts, 'nutrient_interaction' );
	$extra   = array();
	foreach ( $unknown as $name => $value ) {
		$extra[] = is_int( $name )
			? sprintf(
				/* translators: %s: the text given without a name. */
				__( 'Unnamed attribute "%s": write topic="…", audience="…", heading_level="…" or lang="…".', 'nutrient-interaction' ),
				(string) $value
			)
			: sprintf(
				/* translators: %s: the attribute name given. */
				__( 'Unknown attribute "%s": use topic, audience, heading_level or lang.', 'nutrient-interaction' ),
				(string) $name
			);
	}
	return nutrient_interaction_render(
		trim( (string) $atts['topic'] ),
		trim( (string) $atts['audience'] ),
		trim( (string) $atts['heading_level'] ),
		'class="nutrient-interaction-shortcode"',
		$extra,
		trim( (string) $atts['lang'] )
	);
}

/**
 * The shortcode [nutrient_interaction_finder lang="es" audience="clinician"]: the finder, prerendered by the build as the
 * A–Z list of every name with links to the topics' hosted pages (finder/<lang>.html), which the widget script turns
 * into the finder. An unknown language or audience gives the
 * site's language and the site's default wording.
 *
 * @param array|string $atts Attributes as written.
 * @return string
 */
function nutrient_interaction_finder_shortcode( $atts ) {
	$atts       = shortcode_atts(
		array(
			'lang'     => '',
			'audience' => '',
		),
		is_array( $atts ) ? $atts : array(),
		'nutrient_interaction_finder'
	);
	$vocabulary = nutrient_interaction_vocabulary();
	$languages  = $vocabulary['languages'];
	$lang       = in_array( trim( (string) $atts['lang'] ), $languages, true ) ? trim( (string) $atts['lang'] ) : nutrient_interaction_site_lang();
	$audience   = in_array( trim( (string) $atts['audience'] ), $vocabulary['audiences'], true ) ? trim( (string) $atts['audience'] ) : nutrient_interaction_settings()['audience'];
	$path       = NUTRIENT_INTERACTION_DIR . 'finder/' . $lang . '.html';
	if ( ! is_readable( $path ) ) {
		return '';
	}
	nutrient_interaction_enqueue();
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
	$html = wp_kses( (string) file_get_contents( $path ), nutrient_interaction_finder_allowed_html(), array( 'http', 'https' ) );
	// Its cards come from the plugin's copy as bundled: the daily check's corrections reach the plugin's own cards only.
	return nutrient_interaction_guard_smilies( str_replace( '<nutrient-interaction-finder ', '<nutrient-interaction-finder audience="' . esc_attr( $audience ) . '" updates="off" ', $html ) );
}

/**
 * The nutrient-interaction/finder block: the shortcode's output, inside the block's wrapper.
 *
 * @param array $attributes The block's attributes (lang, audience).
 * @return string
 */
function nutrient_interaction_render_finder_block( $attributes ) {
	$html = nutrient_interaction_finder_shortcode(
		array(
			'lang'     => isset( $attributes['lang'] ) ? (string) $attributes['lang'] : '',
			'audience' => isset( $attributes['audience'] ) ? (string) $attributes['audience'] : '',
		)
	);
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * What the prerendered finder may contain: its heading, the element and its A–Z list of links.
 *
 * @return array
 */
function nutrient_interaction_finder_allowed_html() {
	return array(
		'h2'                          => array( 'id' => true ),
		'nutrient-interaction-finder' => array( 'lang' => true ),
		'dl'                          => array(
			'class'           => true,
			'aria-labelledby' => true,
		),
		'dt'                          => array(),
		'dd'                          => array(),
		'a'                           => array(
			'href' => true,
			'lang' => true,
		),
	);
}
