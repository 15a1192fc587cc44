// One observer per page: DOM insertions and removals, route changes and the admin's typing,
// batched to one callback per animation frame. No polling.
export function watchPage(onChange: () => void, signal: AbortSignal): void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // Typing and choosing change values without touching the DOM tree.
  for (const type of ['input', 'change', 'popstate', 'hashchange'] as const) addEventListener(type, schedule, { capture: true, passive: true, signal });
  // Attribute-only changes (a tab selected, a checkbox ticked by a click) show up after clicks.
  addEventListener('click', () => setTimeout(schedule, 0), { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  });
}
