/** Which console's guide a content-script bundle is (vite.config.ts builds one each); undefined
 *  in tests and in the other bundles, where both halves are present. */
declare const __SIDE__: 'duo' | 'okta' | undefined;
/** Which flow a content-script bundle is (one each per side); undefined elsewhere, where all are. */
declare const __FLOW__: 'okta-classic' | 'okta-oie' | 'okta-universal-prompt' | undefined;
/** The message keys the content scripts use (scripts/message-keys.ts, from vite.config.ts). */
declare const __CONTENT_KEYS__: string[];
