// webextension-polyfill throws outside an extension; unit tests get an in-memory fake instead.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(() => fakeBrowser.reset());
