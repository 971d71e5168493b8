// The blog demo's language buttons: the element follows its own lang attribute (or the page's), so switching is one
// attribute; the card reloads its wording and interface strings in that language.
const widget = document.querySelector('nutrient-interaction');
const buttons = document.querySelectorAll('.language-switch button');
for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === widget.language));
for (const button of buttons) {
  button.addEventListener('click', () => {
    if (button.dataset.lang === 'en') widget.removeAttribute('lang');
    else widget.setAttribute('lang', button.dataset.lang);
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}
