// webextension-polyfill throws outside an extension; unit tests get an in-memory fake instead,
// also as the `chrome` global the content script's own shim reads. The fake has no i18n: it gets
// one that reads _locales/en like Chrome does.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { getMessage } from './chrome-i18n';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
Object.assign(fakeBrowser, { i18n: { ...fakeBrowser.i18n, getMessage, getUILanguage: () => 'en' } });
// Not in the fake: the manifest's version, as the background reads it.
Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'test', version: '0.1.0' }) });
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
beforeEach(() => fakeBrowser.reset());
