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

// Pure: index.ts re-exports this, and a bundle that does not use it must be able to drop it and every file above.
export const resources = {
  ky: { translation: /* @__PURE__ */ withAreas('ky', ky, areaFiles) },
  ru: { translation: /* @__PURE__ */ withAreas('ru', ru, areaFiles) },
  en: { translation: /* @__PURE__ */ withAreas('en', en, areaFiles) },
} as const;
