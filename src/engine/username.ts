// The username check: whether the admin's own Okta username, as the page's header shows it, has
// the shape the chosen Duo username format (or IdP username mapping) produces. Duo usernames must
// match what Okta sends (reference §6).

// Okta usernames are in e-mail form by default; a SAM Account Name has no domain part.
const LOGIN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first text in the page's headers (banners) shaped like an Okta login, else null. A page may
 *  have several (a product bar, then the app's own); the user's name need not be in the first. */
export function ownUsername(root: ParentNode): string | null {
  for (const header of root.querySelectorAll('header,[role=banner]')) {
    const walker = (header.ownerDocument ?? (header as unknown as Document)).createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (LOGIN.test(text)) return text;
    }
  }
  return null;
}

/** Whether a username has the shape a format gives: true, false, or null for a format not known. */
export function fitsFormat(format: string, username: string): boolean | null {
  if (/\bsam\b/i.test(format)) return !username.includes('@');
  if (/okta username|e-?mail|login|preferred_username/i.test(format)) return LOGIN.test(username);
  return null;
}
