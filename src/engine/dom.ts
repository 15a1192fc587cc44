// The two DOM reads every locator shares: text as a person reads it, and whether an element shows.
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered and not hidden (checkVisibility covers display, content-visibility and visibility). */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden="true"],[inert]')) return false;
  const check = (el as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}
