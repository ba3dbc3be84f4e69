/** Inquirer's own prompts (menu, confirm, input) with their words in the learner's language. */
import { createLocalizedPrompts, type Locale } from '@inquirer/i18n/create';
import { locale as zhLocale } from '@inquirer/i18n/zh';

/** Inquirer's own English words, as a locale (@inquirer/i18n ships none for English). */
const enLocale: Locale = {
  confirm: { yesLabel: 'Yes', noLabel: 'No' },
  select: { helpNavigate: 'navigate', helpSelect: 'select' },
  checkbox: { helpNavigate: 'navigate', helpSelect: 'select', helpSubmit: 'submit', helpAll: 'all', helpInvert: 'invert' },
  search: { helpNavigate: 'navigate', helpSelect: 'select' },
  editor: { loadingMessage: () => 'Received', waitingMessage: (enter) => `Press ${enter} to launch your preferred editor.` },
  password: { maskedText: '[input is masked]', helpToggle: 'toggle visibility' },
};

type Localized = ReturnType<typeof createLocalizedPrompts>;
const localized = new Map<string, Localized>();

export function inquirer(lang: string): Localized {
  const key = lang === 'zh' ? 'zh' : 'en';
  let prompts = localized.get(key);
  if (!prompts) localized.set(key, (prompts = createLocalizedPrompts(key === 'zh' ? zhLocale : enLocale)));
  return prompts;
}
