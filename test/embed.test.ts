import { expect, waitUntil } from '@open-wc/testing';
import '../src/embed/embed-host.js';

function frame(src: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.dataset.nutrientInteraction = '';
  f.title = 'Nutrient interaction';
  f.src = src;
  f.style.cssText = 'width:600px;height:150px;border:0';
  // At the top of the page: the widget fetches its summary only once it is near the viewport, and a frame appended
  // below one the host script has already grown to a full card may be too far down for that.
  document.body.prepend(f);
  return f;
}

type EmbedWindow = Window & typeof globalThis & { __violations?: string[] };

/** The widget in a frame once it has rendered its card. */
async function rendered(f: HTMLIFrameElement) {
  await waitUntil(() => f.contentDocument?.querySelector('nutrient-interaction')?.querySelector(':scope > .ni-card'), 'widget rendered', { timeout: 4000 });
  return f.contentDocument!.querySelector('nutrient-interaction')!;
}

/**
 * The frame's page once embed.js has put its content (widget or message) into the body. Not just any first child: the
 * dev server puts a <script> of its own at the start of the body.
 */
async function loaded(f: HTMLIFrameElement) {
  await waitUntil(() => f.contentDocument?.body?.querySelector(':scope > :not(script)'), 'embed content', { timeout: 4000 });
  return f.contentDocument!;
}

/** Resolves with the next resize message from `f`, after embed-host.js (registered earlier) has handled it. */
function nextResize(f: HTMLIFrameElement, above = 0): Promise<number> {
  return new Promise((resolve) => {
    addEventListener('message', function on(e) {
      if (e.source !== f.contentWindow || e.data?.type !== 'nutrient-interaction:resize' || !(e.data.height > above)) return;
      removeEventListener('message', on);
      resolve(e.data.height);
    });
  });
}

const REFUSED = 'This embed can only show the summaries that come with it.';
/** A plain page on this origin. */
const BLANK = '/test/fixtures/blank.html';

/** Posts a resize message to this page from a script that runs in frame `f` (so the message's source is its window). */
function postFrom(f: HTMLIFrameElement, height: number): void {
  const script = f.contentDocument!.createElement('script');
  script.textContent = `parent.postMessage({ type: 'nutrient-interaction:resize', height: ${height} }, '*')`;
  f.contentDocument!.body.append(script);
}

/** Resolves once a resize message of `height` from `source` has reached this page (embed-host.js, registered earlier, has handled it). */
function delivered(source: Window, height: number): Promise<void> {
  return new Promise((resolve) => {
    addEventListener('message', function on(e) {
      if (e.source !== source || e.data?.type !== 'nutrient-interaction:resize' || e.data.height !== height) return;
      removeEventListener('message', on);
      resolve();
    });
  });
}
// (Elements of another frame are compared as booleans: chai would try to print one in a failure message and hang.)

describe('iframe embed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the widget from the query string and the host script sizes the iframe to it, also when it grows', async () => {
    const f = frame('/src/embed/embed.html?topic=k2-d3&audience=clinician&heading-level=3');
    const widget = await rendered(f);
    expect(widget.getAttribute('audience')).to.equal('clinician');
    expect(widget.getAttribute('heading-level')).to.equal('3');
    const fits = () => Math.abs(f.getBoundingClientRect().height - widget.getBoundingClientRect().height) <= 1;
    await waitUntil(fits, 'iframe sized to content');
    const before = f.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(300);

    (widget as any).toggleSection('research', true);
    await waitUntil(() => f.getBoundingClientRect().height > before + 200, 'iframe grew with the open section');
    await waitUntil(fits, 'iframe sized to content again');
  });

  it('runs under its own strict CSP (Trusted Types enforced, no eval, no other origin) with zero violations', async () => {
    const f = frame('/src/embed/embed-recorded.html?topic=k2-d3&theme=dark&follow-up-href=https://example.org/ask');
    const widget = await rendered(f);
    for (const id of ['guidelines', 'research', 'disclaimer', 'references']) (widget as any).toggleSection(id, true);
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const win = f.contentWindow as EmbedWindow;
    expect(win.__violations).to.deep.equal([]);

    const csp = f.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'", "img-src 'none'", "base-uri 'none'", "form-action 'none'", "require-trusted-types-for 'script'"]) {
      expect(csp, directive).to.contain(directive);
    }
    // The policy is in force, not just written down.
    expect(() => (f.contentDocument!.body.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    expect(() => win.eval('1')).to.throw(/unsafe-eval|Content Security Policy/);
    await win.fetch('https://example.org/data.json').then(
      () => expect.fail('fetched another origin'),
      (e: Error) => expect(e.name).to.equal('TypeError'),
    );
    await waitUntil(() => (win.__violations ?? []).length >= 3, 'violations reported');
    // (Trusted Types stops the string eval before script-src would.)
    expect(win.__violations!.map((v) => v.split(':')[0])).to.have.members(['require-trusted-types-for', 'require-trusted-types-for', 'connect-src']);
  });

  it('shows the card in Spanish for lang=es: Spanish title and labels, lang="es" on the card, zero CSP violations', async () => {
    const [topic, ui, english] = await Promise.all(
      ['/src/data/topics/es/vitk-warfarin.json', '/src/data/topics/es/_ui.json', '/src/data/topics/vitk-warfarin.json'].map(async (u) => (await fetch(u)).json()),
    );
    const f = frame('/src/embed/embed-recorded.html?topic=vitk-warfarin&lang=es');
    const widget = await rendered(f);
    expect(widget.getAttribute('lang')).to.equal('es');
    expect(widget.getAttribute('topic')).to.equal('vitk-warfarin');
    const card = () => widget.querySelector<HTMLElement>(':scope > .ni-card')!;
    await waitUntil(() => card().lang === 'es' && card().querySelector('.ni-title')?.textContent?.trim() === topic.title.patient, 'Spanish card', { timeout: 4000 });
    expect(card().querySelector('.ni-status')!.textContent).to.contain(ui.reviewStatus);
    expect(card().textContent).not.to.contain(english.title.patient);
    expect(card().textContent).not.to.contain('Review status');
    expect((f.contentWindow as EmbedWindow).__violations).to.deep.equal([]);
  });

  it('refuses src= unless this copy of embed.html lists it: a clear message, no widget, nothing fetched', async () => {
    for (const src of ['/test/fixtures/minimal.json', 'https://evil.example/approved.json', 'javascript:alert(1)']) {
      const f = frame(`/src/embed/embed.html?topic=k2-d3&src=${encodeURIComponent(src)}`);
      const doc = await loaded(f);
      expect(doc.querySelector('nutrient-interaction') === null, `${src}: no widget`).to.equal(true);
      expect(doc.body.textContent, src).to.contain(REFUSED);
      expect(doc.body.textContent, src).not.to.contain('Review status');
      f.remove();
    }
  });

  it('shows data from a src its copy lists, marked data-source="external"; anything else stays refused', async () => {
    const f = frame('/src/embed/embed-allowed.html?src=/test/fixtures/minimal.json&audience=clinician');
    const widget = await rendered(f);
    expect(widget.getAttribute('data-source')).to.equal('external');
    expect(widget.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/minimal.json`);
    expect(widget.hasAttribute('topic')).to.equal(false);
    expect((f.contentWindow as EmbedWindow).__violations).to.deep.equal([]);

    // Listed: a folder (prefix ending in "/") and one file. Not listed: its neighbours, a way out of the folder, a
    // look-alike prefix, credentials, another origin.
    for (const src of [
      '/test/fixtures/invalid.json',
      '/test/fixtures/content/%2e%2e/invalid.json',
      '/test/fixtures/content-other/x.json',
      '/test/fixtures/minimal.json.evil',
      `${location.protocol}//user:pw@${location.host}/test/fixtures/minimal.json`,
      'https://data.example.org.evil.example/x.json',
      'http://data.example.org/x.json',
    ]) {
      const g = frame(`/src/embed/embed-allowed.html?src=${encodeURIComponent(src)}`);
      const doc = await loaded(g);
      expect(doc.querySelector('nutrient-interaction') === null, `${src}: no widget`).to.equal(true);
      expect(doc.body.textContent, src).to.contain(REFUSED);
      g.remove();
    }
    const g = frame(`/src/embed/embed-allowed.html?src=${encodeURIComponent('/test/fixtures/content/valid.json')}`);
    expect((await rendered(g)).dataset.source).to.equal('external');
  });

  it('bundled topics are not marked external', async () => {
    const f = frame('/src/embed/embed-allowed.html?topic=k2-d3');
    expect((await rendered(f)).hasAttribute('data-source')).to.equal(false);
  });

  it('opens links in a new tab without opener or referrer, never in the frame; follow-up-href must be http(s)', async () => {
    const f = frame('/src/embed/embed-recorded.html?topic=k2-d3&follow-up-href=https://example.org/ask&follow-up-label=Ask%20us');
    const widget = await rendered(f);
    const win = f.contentWindow as EmbedWindow;
    const opened: unknown[][] = [];
    win.open = (...args: unknown[]) => (opened.push(args), null);
    // Whether each click would still navigate the frame, seen last, once every other listener has had it.
    const navigates: boolean[] = [];
    win.addEventListener('click', (e) => navigates.push(!e.defaultPrevented));
    const link = widget.querySelector<HTMLAnchorElement>('.ni-follow-up a')!;
    expect(link.textContent).to.contain('Ask us');
    link.click();
    (widget as any).toggleSection('references', true);
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const pubmed = widget.querySelector<HTMLAnchorElement>('a.ni-ref-link')!;
    pubmed.click();
    // A citation number is a link to a place in the widget: the widget handles it, nothing opens.
    widget.querySelector<HTMLAnchorElement>('a.ni-cite')!.click();
    expect(navigates).to.deep.equal([false, false, false]);
    expect(opened).to.deep.equal([
      ['https://example.org/ask', '_blank', 'noopener,noreferrer'],
      [pubmed.href, '_blank', 'noopener,noreferrer'],
    ]);
    expect(f.contentWindow!.location.pathname).to.equal('/src/embed/embed-recorded.html');

    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//example.org/ask', '/relative']) {
      const g = frame(`/src/embed/embed.html?topic=k2-d3&follow-up-href=${encodeURIComponent(href)}&follow-up-label=Claim`);
      const w = await rendered(g);
      expect(w.hasAttribute('follow-up-href'), href).to.equal(false);
      expect(w.hasAttribute('follow-up-label'), href).to.equal(false);
      g.remove();
    }
  });

  it('opened on its own, not in a frame, it shows no follow-up link (the linker would choose it, under this origin)', async () => {
    const w = window.open('/src/embed/embed.html?topic=k2-d3&follow-up-href=https://example.org/refund&follow-up-label=Claim%20your%20refund')!;
    try {
      await waitUntil(() => w.document?.querySelector('nutrient-interaction')?.querySelector(':scope > .ni-card'), 'widget rendered', { timeout: 4000 });
      const widget = w.document.querySelector('nutrient-interaction')!;
      expect(widget.hasAttribute('follow-up-href')).to.equal(false);
      expect(widget.hasAttribute('follow-up-label')).to.equal(false);
      expect(widget.querySelector('.ni-follow-up') === null, 'no follow-up link').to.equal(true);
    } finally {
      w.close();
    }
  });

  it('ignores resize messages from anything but its own frame, also from the origin its src names', async () => {
    // The frame, the page and another frame are all on this origin: only the message's source tells them apart.
    const f = frame(BLANK);
    const other = document.createElement('iframe');
    other.src = BLANK;
    document.body.append(other);
    await Promise.all([f, other].map((g) => new Promise((resolve) => g.addEventListener('load', resolve, { once: true }))));
    window.postMessage({ type: 'nutrient-interaction:resize', height: 5000 }, '*');
    await delivered(window, 5000);
    postFrom(other, 4000);
    await delivered(other.contentWindow!, 4000);
    expect(f.getBoundingClientRect().height).to.equal(150);
    // The same message from the frame itself is obeyed.
    postFrom(f, 321);
    await delivered(f.contentWindow!, 321);
    expect(f.getBoundingClientRect().height).to.equal(321);
  });

  it('ignores resize messages from its frame when the frame is not on the origin its src names', async () => {
    // An opaque origin: a data: URL (its own origin, like the message's, is "null").
    const post = `<script>parent.postMessage({ type: 'nutrient-interaction:resize', height: 1234 }, '*')</script>`;
    const f = frame(`data:text/html,${encodeURIComponent(post)}`);
    expect(await nextResize(f)).to.equal(1234);
    expect(f.getBoundingClientRect().height).to.equal(150);

    // Redirected to another origin: the frame's window is the source, but the page is not the one its src names.
    // (The loading placeholder is as tall as the frame; the card's height, once drawn, is well over 300 px.)
    const g = frame('/test/embed/elsewhere');
    expect(await nextResize(g, 300)).to.be.greaterThan(300);
    expect(g.getBoundingClientRect().height).to.equal(150);
  });
});

describe('embed-code generator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  async function generator(path: string) {
    const f = document.createElement('iframe');
    f.src = path;
    f.style.cssText = 'width:1000px;height:600px';
    document.body.append(f);
    await waitUntil(() => f.contentDocument?.getElementById('snippet-iframe')?.textContent, 'snippets written', { timeout: 4000 });
    const doc = f.contentDocument!;
    return { doc, snippet: (id: string) => doc.getElementById(id)!.textContent! };
  }

  it('pins every script tag it writes with the hash dist/sri.json carries, whatever the options', async () => {
    // The test server's stand-in for a build's dist/sri.json (test/fixtures/sri.json).
    const sri: Record<string, string> = await (await fetch('/dist/sri.json')).json();
    const expected = { 'nutrient-interaction.js': sri['nutrient-interaction.js'], 'embed-host.js': sri['embed-host.js'] };
    expect(expected['nutrient-interaction.js'] ?? '').to.match(/^sha384-/);
    expect(expected['embed-host.js'] ?? '').to.match(/^sha384-/);
    const css = sri['nutrient-interaction.css'];
    expect(css ?? '').to.match(/^sha384-/);
    const { doc, snippet } = await generator('/demo/embed-code.html');
    const check = () => {
      const link = /<link rel="stylesheet" href="[^"]*\/nutrient-interaction\.css"\s+integrity="([^"]+)" crossorigin="anonymous">/.exec(snippet('snippet-prerendered'));
      expect(link?.[1], 'prerendered snippet stylesheet').to.equal(css);
      const all = `${snippet('snippet-prerendered')}\n${snippet('snippet-script')}\n${snippet('snippet-iframe')}`;
      const tags = [...all.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]);
      expect(tags.length).to.equal(3);
      for (const tag of tags) {
        const file = /src="[^"]*\/([^/"]+)"/.exec(tag)![1] as keyof typeof expected;
        expect(tag, file).to.contain(`integrity="${expected[file]}"`);
        expect(tag, file).to.contain('crossorigin="anonymous"');
      }
    };
    check();
    for (const [name, value] of [['audience', 'clinician'], ['lang', 'es'], ['theme', 'dark'], ['theme', 'auto']]) {
      doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      check();
    }
    const select = doc.querySelector<HTMLSelectElement>('#topic')!;
    select.selectedIndex = select.options.length - 1;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    check();
  });

  it('writes the prerendered snippet as the build does (same card text), in Spanish and with structured data when asked', async () => {
    const { doc, snippet } = await generator('/demo/embed-code.html');
    const select = doc.querySelector<HTMLSelectElement>('#topic')!;
    select.value = 'vitk-warfarin';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    doc.querySelector<HTMLInputElement>('input[name="audience"][value="clinician"]')!.click();
    doc.querySelector<HTMLInputElement>('input[name="lang"][value="es"]')!.click();
    doc.querySelector<HTMLInputElement>('input[name="structured"]')!.click();
    await waitUntil(() => snippet('snippet-prerendered').includes('application/ld+json') && snippet('snippet-prerendered').includes('lang="es"'), 'snippet updated', { timeout: 4000 });
    const parsed = new DOMParser().parseFromString(snippet('snippet-prerendered'), 'text/html');
    const element = parsed.querySelector('nutrient-interaction')!;
    expect(element.getAttribute('topic')).to.equal('vitk-warfarin');
    expect(element.getAttribute('lang')).to.equal('es');
    expect(element.getAttribute('audience')).to.equal('clinician');
    const jsonLd = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd['@type']).to.equal('MedicalWebPage');
    expect(jsonLd.inLanguage).to.equal('es');
    const built = new DOMParser().parseFromString(await (await fetch('/.cache/prerendered/es/vitk-warfarin-clinician.html')).text(), 'text/html');
    const textOf = (d: Document) => d.querySelector('article.ni-card')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(textOf(parsed)).to.equal(textOf(built));
    const attrs = (d: Document) => Object.fromEntries([...d.querySelector('article')!.attributes].map((a) => [a.name, a.value]));
    expect(attrs(parsed)).to.deep.equal(attrs(built));
    expect(element.querySelectorAll('a[href]').length).to.equal(built.querySelectorAll('a[href]').length);
    // For readers without JavaScript, as the build's snippets: the hosted page of this language and wording.
    expect(parsed.querySelector('noscript')!.innerHTML).to.match(/<p class="ni-current"><a href="https:\/\/[^"]+\/es\/vitk-warfarin\/clinician\/">Vea la versión más reciente de este resumen<\/a><\/p>/);
  });

  it('without a hash it writes no script snippet at all, never an unpinned one', async () => {
    const { doc, snippet } = await generator('/demo/embed-code-unpinned.html');
    for (const id of ['snippet-script', 'snippet-iframe']) {
      expect(snippet(id)).not.to.contain('<script');
      expect(snippet(id)).to.contain('No snippet: no integrity hash');
      expect(doc.querySelector<HTMLButtonElement>(`[data-copy="${id}"]`)!.disabled).to.equal(true);
    }
  });
});
