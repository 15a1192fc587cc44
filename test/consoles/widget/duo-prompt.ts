// Where the Sign-In Widget hands the user to Duo: the traditional prompt's iframe
// (https://api-….duosecurity.com/frame/web/v1/auth, Duo Web SDK v2) and the Universal Prompt's
// authorize endpoint (…/oauth/v1/authorize). Duo's service is not simulated: each answers with a
// page that says so, and the Duo Web request token the widget is given is a fake of its shape.
import type { ServerResponse } from 'node:http';

const DUO_API_HOST = /^api-[a-z0-9]+\.(duosecurity|duofederal)\.com$/;

/** Duo Web's `TX|…:APP|…` request token (Duo.init only checks its shape). Never signed: the consoles
 *  never hand an org's secret key to an end-user page. */
export function duoRequestToken(user: string): string {
  const part = (s: string) => Buffer.from(s).toString('base64url');
  return `TX|${part(`${user}|DI0000000000000000000`)}|${part('tx')}:APP|${part(user)}|${part('app')}`;
}

const PAGES: Record<string, string> = {
  '/frame/web/v1/auth': 'Duo Prompt (traditional)',
  '/oauth/v1/authorize': 'Duo Universal Prompt',
};

/** Answers the Duo Prompt's two entry points on a Duo API host; false for anything else. */
export function duoPrompt(res: ServerResponse, host: string, path: string): boolean {
  const title = PAGES[path];
  if (!title || !DUO_API_HOST.test(host)) return false;
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body><main><h1>${title}</h1><p>Duo's service is not simulated: a real Duo Prompt from ${host} would show here.</p></main></body></html>`,
  );
  return true;
}
