import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

const SHOWN_MS = 4000;
const ToastContext = createContext<(message: string) => void>(() => {});

/** One short confirmation at a time ("Link copied"), announced politely. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; id: number } | null>(null);
  const show = useCallback((message: string) => setToast({ message, id: Date.now() }), []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext value={show}>
      {children}
      <div className="toast" role="status" aria-live="polite">
        {toast?.message}
      </div>
    </ToastContext>
  );
}

export function useToast(): (message: string) => void {
  return useContext(ToastContext);
}
