// The markup choices a console page can be rendered in (issue 12, item 5), all in one place: the
// server picks one set per seed and hands it to the pages in their config; the e2e variant walk
// prints them beside the step a variant broke. Seed 0 is each console as the reference describes it
// (the Classic admin console's real Courage: Chosen selects, SimpleModal dialogs, `o-form-fieldset`
// with no name suffix); any other seed draws every choice from its own generator.

/** Where a Duo value's label sits, and what holds the value (test/unit/capture.test.ts has both). */
export const DUO_LABEL_TAGS = ['dt', 'th', 'label', 'div', 'span'] as const;
export const DUO_HOLDERS = ['input', 'code', 'span', 'div', 'textarea', 'copy-before', 'nested'] as const;

export const SHAPE_CHOICES = {
  /** 'as-is': the Duo page's own layout for its label set (a <dl> of inputs, or a table of text). */
  duoLabel: ['as-is', ...DUO_LABEL_TAGS],
  duoHolder: ['as-is', ...DUO_HOLDERS],
  /** Okta dialogs: role=dialog with a name, or SimpleModal's container with neither. */
  dialogRole: [true, false],
  /** Courage field wrappers: `o-form-fieldset` (Courage's default) or `o-form-fieldset-{name}`. */
  dataSeSuffix: [false, true],
  /** Okta form buttons: each form's own, or all <button>, <input type=submit>, <a role=button>. */
  buttons: ['as-is', 'button', 'submit', 'a'],
  /** Buttons whose aria-label adds words to their visible text ("Save" named "Save settings"). */
  ariaLabel: [false, true],
  /** Hint text under each Okta field and beside each Duo value. */
  hints: [false, true],
  /** The Okta selects the guide reads or fills (username format, IdP Usage, IdP choice). */
  selects: ['native', 'chosen', 'combobox'],
} as const;

export type Shapes = { -readonly [K in keyof typeof SHAPE_CHOICES]: (typeof SHAPE_CHOICES)[K][number] };

/** The seeds `npm test` walks every flow on: together they draw every select kind, every button
 *  kind and dialogs with and without a role (test/unit/shapes.test.ts checks it). */
export const FIXED_SEEDS = [1, 2, 9, 10, 14] as const;

/** Seed 0: the consoles as the reference shows them, per Okta engine. */
export function baseShapes(engine: 'classic' | 'oie' | null): Shapes {
  return {
    duoLabel: 'as-is',
    duoHolder: 'as-is',
    dialogRole: engine !== 'classic',
    dataSeSuffix: engine !== 'classic',
    buttons: 'as-is',
    ariaLabel: false,
    hints: false,
    selects: engine === 'classic' ? 'chosen' : 'native',
  };
}

/** mulberry32: a small generator whose sequence a seed fixes on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shapes a seed renders: seed 0 the base, any other the same draw for every engine. */
export function shapesOf(seed: number, engine: 'classic' | 'oie' | null): Shapes {
  if (seed === 0) return baseShapes(engine);
  const next = generator(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)]!;
  const out: Record<string, unknown> = {};
  for (const [key, choices] of Object.entries(SHAPE_CHOICES)) out[key] = pick(choices as readonly unknown[]);
  return out as Shapes;
}

/** One line naming a seed's shapes, for reports. */
export const describeShapes = (s: Shapes): string =>
  Object.entries(s).map(([k, v]) => `${k}=${String(v)}`).join(' ');

/** The console variant keys a seed also varies (each flow keeps the ones it needs fixed). */
export function variantFor(seed: number): { duoLabels: 'ikey' | 'client'; secretMasked: boolean; duoUi: 'classic' | 'catalog'; ruleWording: 'old' | 'new'; seed: number } {
  return {
    duoLabels: seed % 2 ? 'client' : 'ikey',
    secretMasked: (seed >> 1) % 2 === 0,
    duoUi: (seed >> 2) % 2 ? 'catalog' : 'classic',
    ruleWording: (seed >> 3) % 2 ? 'new' : 'old',
    seed,
  };
}
