// Embed-code generator: builds the three snippets from the chosen options and the catalog.
const CDN = 'https://cdn.jsdelivr.net/npm/nutrient-interaction@0.1.0/dist';
const form = document.getElementById('options');
const topicSelect = document.getElementById('topic');
const preview = document.getElementById('preview');
const catalog = await (await fetch(new URL('../src/data/topics/index.json', import.meta.url))).json();
topicSelect.replaceChildren(...catalog.topics.map((t) => new Option(t.title.clinician, t.slug)));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const data = new FormData(form);
  const topic = data.get('topic');
  const audience = data.get('audience');
  const theme = data.get('theme');
  const entry = catalog.topics.find((t) => t.slug === topic);
  const attrs = [`topic="${topic}"`, audience === 'clinician' ? 'audience="clinician"' : '', theme ? `theme="${theme}"` : '']
    .filter(Boolean)
    .join(' ');
  const query = new URLSearchParams({ topic, audience, ...(theme ? { theme } : {}) });
  document.getElementById('snippet-script').textContent =
    `<script type="module" src="${CDN}/nutrient-interaction.js"></script>\n<nutrient-interaction ${attrs}></nutrient-interaction>`;
  document.getElementById('snippet-iframe').textContent =
    `<iframe data-nutrient-interaction title="${escape(entry.title[audience])}" loading="lazy"\n` +
    `        src="${CDN}/embed.html?${escape(query.toString())}"\n` +
    `        style="width:100%;height:900px;border:0"></iframe>\n` +
    `<script src="${CDN}/embed-host.js" defer></script>`;
  document.getElementById('snippet-npm').textContent =
    `npm install nutrient-interaction\n\n// in your app\nimport 'nutrient-interaction';\n\n<nutrient-interaction ${attrs}></nutrient-interaction>`;
  preview.topic = topic;
  preview.audience = audience;
  if (theme) preview.theme = theme;
  else preview.removeAttribute('theme');
}

form.addEventListener('change', update);
document.addEventListener('click', async (e) => {
  const id = e.target.closest?.('[data-copy]')?.dataset.copy;
  if (!id) return;
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(document.getElementById(id).textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});
update();
