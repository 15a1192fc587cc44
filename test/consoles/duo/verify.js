// Duo Admin Panel pages the Verify group reads: Reports › Authentication Log, and the Okta
// application's Universal Prompt section. Duo documents the log (filter by application, event type
// authentication or enrollment, a result per event) and that Universal Prompt activation is offered
// after one authentication through the updated application (reference §6); the path, layout,
// wording and columns here are a guess (test/consoles/README.md).
import { api, h, mount, uid } from '/_static/common/ui.js';

const COLS = ['Timestamp (UTC)', 'Result', 'User', 'Application', 'Event type', 'Access device'];

export async function pageAuthLog() {
  const { response: entries } = await api('GET', '/api/duo/authlog');
  const apps = [...new Set(entries.map((e) => e.application))];
  const filterId = uid('log-app');
  const body = h('tbody', {});
  const paint = (app) =>
    mount(
      body,
      ...entries
        .filter((e) => !app || e.application === app)
        .map((e) => h('tr', {}, h('td', {}, e.at), h('td', {}, e.result), h('td', {}, e.user), h('td', {}, e.application), h('td', {}, e.event), h('td', {}, e.device))),
    );
  paint('');
  return {
    title: 'Authentication Log',
    node: h(
      'div',
      { class: 'page' },
      h('h1', {}, 'Authentication Log'),
      h(
        'div',
        { class: 'field' },
        h('label', { for: filterId }, 'Applications'),
        h('select', { id: filterId, class: 'input', onChange: (e) => paint(e.target.value) }, h('option', { value: '' }, 'All applications'), ...apps.map((a) => h('option', { value: a }, a))),
      ),
      entries.length ? null : h('p', { class: 'muted' }, 'No authentications in this time range.'),
      h('table', { class: 'data-table' }, h('caption', { class: 'visually-hidden' }, 'Authentication events'), h('thead', {}, h('tr', {}, ...COLS.map((c) => h('th', { scope: 'col' }, c)))), body),
    ),
  };
}

/** The Okta application's Universal Prompt section: activation once Duo has seen the updated app. */
export function universalPromptSection(app) {
  const up = app.universalPrompt;
  if (!up) return null;
  const section = h('section', { class: 'card', 'aria-labelledby': 'up-heading' });
  const paint = () => {
    const status = up.activated
      ? h('p', { role: 'status' }, 'Universal Prompt activated')
      : h('p', {}, up.eligible ? 'Duo has seen an authentication through the updated application.' : 'Waiting for a user to authenticate through the updated application.');
    const button = up.activated
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary',
            disabled: !up.eligible,
            onClick: async () => {
              up.activated = (await api('POST', `/api/duo/applications/${app.ikey}/universal-prompt`, { activated: true })).response.activated;
              paint();
            },
          },
          'Activate Universal Prompt',
        );
    mount(section, h('h2', { id: 'up-heading' }, 'Universal Prompt'), status, button);
  };
  paint();
  return section;
}
