// One observer per page: DOM insertions and removals, route changes and the admin's typing,
// batched to one callback per animation frame. No polling.
/** Text-only churn (a counter, a clock, a live table) is looked at no more often than this. */
const TEXT_ONLY_MS = 250;

const hasElement = (nodes: NodeList) => {
  for (const n of nodes) if (n.nodeType === 1) return true;
  return false;
};

/** `mayMatter` filters out changes no open step could see (a live table churning elsewhere);
 *  those go to `onOther`, which may still move the highlight. */
export function watchPage(
  onChange: (inFrame: boolean) => void,
  signal: AbortSignal,
  mayMatter: (records: MutationRecord[]) => boolean = () => true,
  onOther: (records: MutationRecord[]) => void = () => undefined,
): void {
  let frame = 0;
  let later = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      clearTimeout(later);
      later = 0;
      onChange(true);
    });
  };
  // Elements coming or going (a target inserted, a page rendered) are looked at in the next frame;
  // text swapped inside existing elements is batched slower, so a churning page costs little.
  const observer = new MutationObserver((records) => {
    if (frame) return;
    if (!mayMatter(records)) return onOther(records);
    if (records.some((r) => hasElement(r.addedNodes) || hasElement(r.removedNodes))) schedule();
    else if (!later && !frame) later = window.setTimeout(schedule, TEXT_ONLY_MS);
  });
  // characterData: frameworks that change a text node in place (a status flipping to "Active").
  observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
  // Typing and choosing change values without touching the DOM tree.
  for (const type of ['input', 'change', 'popstate', 'hashchange'] as const) addEventListener(type, schedule, { capture: true, passive: true, signal });
  // Attribute-only changes (a tab selected, a checkbox ticked by a click) show up after clicks.
  addEventListener('click', () => setTimeout(schedule, 0), { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(later);
  });
}
