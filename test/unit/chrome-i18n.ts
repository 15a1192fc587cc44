// chrome.i18n.getMessage for unit tests, from _locales/en/messages.json, with Chrome's rules:
// names match case-insensitively, $NAME$ takes its placeholder's content, $1…$9 the
// substitutions, $$ is a dollar sign, and an unknown name gives ''.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const MESSAGES_PATH = resolve(import.meta.dirname, '../../_locales/en/messages.json');
export const messages = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<string, MessageEntry>;

const byName = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));

export function getMessage(name: string, substitutions: string | string[] = []): string {
  const entry = byName.get(name.toLowerCase());
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const numbered = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, digit?: string) => {
    if (whole === '$$') return '$';
    if (digit) return subs[Number(digit) - 1] ?? '';
    const placeholder = entry.placeholders?.[name!.toLowerCase()];
    return placeholder ? numbered(placeholder.content) : '';
  });
}
