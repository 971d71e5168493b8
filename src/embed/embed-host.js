// Sizes <iframe data-nutrient-interaction> embeds to the height their widget reports. Safe to include twice.
if (!window.__nutrientInteractionHost) {
  window.__nutrientInteractionHost = true;
  const originOf = (url) => {
    try {
      return new URL(url, location.href).origin;
    } catch {
      return undefined;
    }
  };
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'nutrient-interaction:resize' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-nutrient-interaction]')) {
      // Only the frame that sent the message, only while it shows a page of the origin its src names (not one it was
      // redirected or navigated to, nor an opaque origin such as a data: URL or a sandboxed frame), only a sane height.
      if (frame.contentWindow !== event.source || event.origin === 'null' || event.origin !== originOf(frame.src)) continue;
      frame.style.height = `${Math.min(Math.max(data.height, 80), 20000)}px`;
    }
  });
}
