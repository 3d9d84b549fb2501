import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import type { ArticleSummary } from '../../src/articles/library-index';
import { keepArticleCopies } from '../../src/articles/offline-cache';
import { useKeepOffline } from '../../src/reading/use-keep-offline';
import { useReaderStore } from '../../src/store/reader-store';

vi.mock('../../src/articles/offline-cache', () => ({
  REFRESH_AFTER_MS: 86_400_000,
  workerReady: vi.fn(() => Promise.resolve(true)),
  keepArticleCopies: vi.fn(() => Promise.resolve(true)),
  dropArticleCopies: vi.fn(() => Promise.resolve()),
}));

const summary = {
  slug: 'night-trains',
  languages: ['uk', 'en', 'ru'],
  versions: { uk: { title: 'Нічні поїзди' }, en: { title: 'Night trains' }, ru: { title: 'Ночные поезда' } },
} as unknown as ArticleSummary;

function saveData(on: boolean) {
  Object.defineProperty(navigator, 'connection', { value: { saveData: on }, configurable: true });
}

afterEach(() => {
  vi.mocked(keepArticleCopies).mockClear();
  useReaderStore.setState({ kept: {} });
});

test('an opened article is kept in every language it has', async () => {
  saveData(false);
  renderHook(() => useKeepOffline('night-trains', summary));
  await waitFor(() => expect(keepArticleCopies).toHaveBeenCalledWith('night-trains', ['uk', 'en', 'ru'], false));
  await waitFor(() => expect(useReaderStore.getState().kept['night-trains']).toBeDefined());
});

test('a reader who saves data keeps only what they save on purpose', async () => {
  saveData(true);
  renderHook(() => useKeepOffline('night-trains', summary));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(keepArticleCopies).not.toHaveBeenCalled();
  expect(useReaderStore.getState().kept['night-trains']).toBeUndefined();
});
