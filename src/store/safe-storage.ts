/**
 * localStorage behind a wrapper that never throws: storage can be absent
 * (some embedded browsers), blocked (privacy settings throw on access), or
 * full (QuotaExceededError). Reading then finds nothing and writing is
 * skipped, so the store carries on in memory for the session.
 */
export interface SyncStorage {
  getItem: (name: string) => string | null;
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
}

export function safeStorage(getStorage: () => Storage | undefined = () => globalThis.localStorage): SyncStorage {
  const attempt = <T>(fn: (storage: Storage) => T, fallback: T): T => {
    try {
      const storage = getStorage();
      return storage ? fn(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (name) => attempt((s) => s.getItem(name), null),
    setItem: (name, value) => attempt((s) => s.setItem(name, value), undefined),
    removeItem: (name) => attempt((s) => s.removeItem(name), undefined),
  };
}
