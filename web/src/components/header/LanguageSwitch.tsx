import { useTranslation } from 'react-i18next';
import { chooseLanguage, useLang } from '../../i18n';
import type { Lang } from '../../lib/config';

/** Each language's own name for itself: the same in every interface language. */
const ENDONYMS: Record<Lang, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };
const ORDER: Lang[] = ['ky', 'ru', 'en'];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {ORDER.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__button"
          aria-pressed={current === lang}
          data-testid={`lang-${lang}`}
          onClick={() => chooseLanguage(lang)}
        >
          {ENDONYMS[lang]}
        </button>
      ))}
    </div>
  );
}
