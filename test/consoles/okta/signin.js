// Okta's hosted sign-in page (/signin/…): the real Sign-In Widget, loaded from its npm package,
// renders what the consoles server's IDX (Identity Engine) or Authn (Classic) mocks answer to the
// page's state token; as on Okta's page, the token's prefix tells the widget which engine it is.
// Nothing on this page is drawn by the consoles themselves.
import { config } from '/_static/common/ui.js';

const cfg = config();
const widget = new window.OktaSignIn({
  baseUrl: location.origin,
  stateToken: cfg.stateToken,
  assets: { baseUrl: '/_widget' },
});
widget.renderEl({ el: '#okta-login-container' }).catch((err) => console.error('widget:', err && err.message));
