/** The labs' messages in the interface language. */
import { en, type LabMessages } from './en.js';
import { zh } from './zh.js';

export type { LabMessages };

export function labMessages(lang: 'zh' | 'en'): LabMessages {
  return lang === 'zh' ? zh : en;
}
