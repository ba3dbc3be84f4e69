/** The labs' messages in the interface language. */
import { en, type LabMessages } from './en.js';
import { zh } from './zh.js';
import { inLang, type Catalog } from '../../i18n/catalog.js';
import type { Lang } from '../../io/lang.js';

export type { LabMessages };

export const LAB_MESSAGES: Catalog<LabMessages> = { en, zh };

export function labMessages(lang: Lang): LabMessages {
  return inLang(LAB_MESSAGES, lang);
}
