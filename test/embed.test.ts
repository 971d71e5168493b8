import { expect, waitUntil } from '@open-wc/testing';
import '../src/embed/embed-host.js';

function frame(src: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.dataset.nutrientInteraction = '';
  f.title = 'Nutrient interaction';
  f.src = src;
  f.style.cssText = 'width:600px;height:150px;border:0';
  document.body.append(f);
  return f;
}

describe('iframe embed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the widget from the query string and the host script sizes the iframe to it, also when it grows', async () => {
    const f = frame('/src/embed/embed.html?topic=k2-d3&audience=clinician&heading-level=3');
    await waitUntil(() => f.contentDocument?.querySelector('nutrient-interaction')?.shadowRoot?.querySelector('article'), 'widget rendered', { timeout: 4000 });
    const widget = f.contentDocument!.querySelector('nutrient-interaction')!;
    expect(widget.getAttribute('audience')).to.equal('clinician');
    expect(widget.getAttribute('heading-level')).to.equal('3');
    const fits = () => Math.abs(f.getBoundingClientRect().height - widget.getBoundingClientRect().height) <= 1;
    await waitUntil(fits, 'iframe sized to content');
    const before = f.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(300);

    widget.shadowRoot!.querySelector<HTMLButtonElement>('#research-toggle')!.click();
    await waitUntil(() => f.getBoundingClientRect().height > before + 200, 'iframe grew with the open section');
    await waitUntil(fits, 'iframe sized to content again');
  });

  it('ignores resize messages from anything but its own frame', async () => {
    const f = frame('about:blank');
    window.postMessage({ type: 'nutrient-interaction:resize', height: 5000 }, '*');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.getBoundingClientRect().height).to.equal(150);
  });
});
