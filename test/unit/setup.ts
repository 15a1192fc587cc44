// webextension-polyfill throws outside an extension; unit tests get an in-memory fake instead,
// also as the `chrome` global the content script's own shim reads.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
beforeEach(() => fakeBrowser.reset());
