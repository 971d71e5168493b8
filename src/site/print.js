// The handout's "Print this page" button: without JavaScript it stays hidden and the page says to use the browser's
// own Print command.
const button = document.getElementById('print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
