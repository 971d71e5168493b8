// The finder demo: ?lang=es and ?audience=clinician set the finder's attributes (the cards follow them).
const params = new URLSearchParams(location.search);
const finder = document.querySelector('nutrient-interaction-finder');
if (params.get('lang') === 'es') finder.setAttribute('lang', 'es');
if (params.get('audience') === 'clinician') finder.setAttribute('audience', 'clinician');
