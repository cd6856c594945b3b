import type { Category } from '@cobridge/policy-knowledge';

/** How each knowledge category is titled in help and on the App Home tab. */
export const CATEGORY_LABELS: Record<Category, string> = {
  entitlements: 'What you are entitled to',
  ways: 'The three ways to take part',
  modes: 'The six cooperation modes',
  obligations: 'Your obligations',
  guidance: 'About the guidance',
  problems: 'Problems in school-enterprise cooperation',
  needs: 'What schools and enterprises need',
  background: 'Background',
};
