import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { PageLang } from '../../src/i18n/page-lang';
import { createI18n } from '../../src/i18n/setup';
import { PassageShareMenu } from '../../src/sharing/PassageShareMenu';

test('a quote from a column in another language is written in that language, once its strings are here', async () => {
  const user = userEvent.setup();
  // As in the browser: only the page's language is loaded at first.
  const i18n = createI18n('en');
  await i18n.loadLanguages('en');
  expect(i18n.hasResourceBundle('ru', 'sharing')).toBe(false);
  render(
    <I18nextProvider i18n={i18n}>
      <PageLang value="en">
        <Suspense fallback={null}>
          <PassageShareMenu
            id="_share-x"
            passage={{ lang: 'en', slug: 'story', segmentId: 'x', compare: ['ru'] }}
            text="Текст"
            title="Заголовок"
            textLang="ru"
            onClose={() => undefined}
          />
        </Suspense>
      </PageLang>
    </I18nextProvider>,
  );
  await user.click(await screen.findByRole('button', { name: 'Copy quote' }));
  expect(await navigator.clipboard.readText()).toMatch(/^«Текст»\n— Заголовок\n/);
});
