/** Which console's guide a content-script bundle is (vite.config.ts builds one each); undefined
 *  in tests and in the other bundles, where both halves are present. */
declare const __SIDE__: 'duo' | 'okta' | undefined;
