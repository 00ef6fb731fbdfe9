// The header's display controls: the language (한국어 / English) and large text. Toggle
// buttons with aria-pressed, so a screen reader says which one is on; each names its own
// language in that language, so a cashier who cannot read the current one still finds theirs.
import { ENGLISH } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { KOREAN } from '../i18n/ko.ts';
import type { Language } from '../i18n/messages.ts';
import { focusRing } from './ui.ts';

const CHOICES: readonly { readonly language: Language; readonly name: string }[] = [
  { language: 'ko', name: KOREAN.languageName },
  { language: 'en', name: ENGLISH.languageName },
];

const toggleClass = (pressed: boolean) =>
  [
    focusRing,
    'rounded-lg px-3 py-1.5 text-sm font-semibold transition-colors',
    pressed ? 'bg-white text-slate-900' : 'text-slate-200 hover:bg-slate-700',
  ].join(' ');

export function DisplaySettings() {
  const { t, language, setLanguage, largeText, setLargeText } = useI18n();
  return (
    <div className="flex items-center gap-3">
      <div
        role="group"
        aria-label={t.languageGroupLabel}
        className="flex gap-1 rounded-xl bg-slate-800 p-1"
      >
        {CHOICES.map((choice) => (
          <button
            key={choice.language}
            type="button"
            lang={choice.language}
            data-testid={`language-${choice.language}`}
            aria-pressed={language === choice.language}
            onClick={() => setLanguage(choice.language)}
            className={toggleClass(language === choice.language)}
          >
            {choice.name}
          </button>
        ))}
      </div>
      <button
        type="button"
        data-testid="large-text-toggle"
        aria-pressed={largeText}
        aria-label={t.largeTextLabel}
        onClick={() => setLargeText(!largeText)}
        className={`${toggleClass(largeText)} ring-1 ring-slate-600`}
      >
        <span aria-hidden="true" className="mr-1.5">
          가A
        </span>
        {t.largeText}
      </button>
    </div>
  );
}
