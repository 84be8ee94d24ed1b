// Every string of every language, merged as the app reads them, for the tests (web/src/i18n/i18n.test.ts, the
// browser tests) and tools. The app itself never imports this: it loads one language, and each area with the chunk
// that needs it (index.ts).
import en from './en.json';
import ky from './ky.json';
import ru from './ru.json';
import { withAreas, type Tree } from './merge';

const areaFiles = import.meta.glob<Tree>(['./*/{ky,ru,en}.json', './*/first-view/{ky,ru,en}.json'], {
  eager: true,
  import: 'default',
});

export const resources = {
  ky: { translation: withAreas('ky', ky, areaFiles) },
  ru: { translation: withAreas('ru', ru, areaFiles) },
  en: { translation: withAreas('en', en, areaFiles) },
} as const;
