// Sizes <iframe data-nutrient-interaction> embeds to the height their widget reports. Safe to include twice.
if (!window.__nutrientInteractionHost) {
  window.__nutrientInteractionHost = true;
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'nutrient-interaction:resize' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-nutrient-interaction]')) {
      // Only the frame that sent the message, and only a sane height.
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(data.height, 80), 20000)}px`;
    }
  });
}
