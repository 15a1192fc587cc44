// Duo Admin Panel sign-in page (admin.duosecurity.com, / and /login?next=%2F).
import { config, h, mount, renderDelay, spinner } from '/_static/common/ui.js';

const cfg = config();
const main = document.getElementById('main');

async function render() {
  mount(main, spinner());
  await renderDelay();

  // Framework-style model: only input/change events update it.
  const model = { email: '', password: '' };
  const bind = (key) => (e) => {
    model[key] = e.target.value;
  };
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });

  const form = h(
    'form',
    { class: 'login-form', novalidate: true, 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Admin Login'),
    error,
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'login-email' }, 'Email'),
      h('input', { id: 'login-email', name: 'email', type: 'email', autocomplete: 'username', onInput: bind('email'), onChange: bind('email') }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'login-password' }, 'Password'),
      h('input', {
        id: 'login-password',
        name: 'password',
        type: 'password',
        autocomplete: 'current-password',
        onInput: bind('password'),
        onChange: bind('password'),
      }),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Log in'),
    h('p', { class: 'login-help' }, h('a', { href: '/login?next=%2F' }, 'Forgot password?')),
  );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // The simulated login accepts anything (nothing is sent anywhere).
    const next = new URLSearchParams(location.search).get('next') || '/';
    const path = next.startsWith('/') && !next.startsWith('//') ? next : '/';
    const target = new URL(path, cfg.duo.panelUrl);
    location.assign(target.href);
  });

  mount(main, h('div', { class: 'login-card' }, form));
  document.getElementById('login-email').focus();
}

render();
