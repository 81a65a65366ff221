import { useEffect, useRef, type RefObject } from 'react';

/** Closes a popover on Escape or a press outside it, as menus do. */
export function useDismiss<T extends HTMLElement>(onClose: () => void): RefObject<T | null> {
  const ref = useRef<T>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    const onPress = (e: PointerEvent) => ref.current && !ref.current.contains(e.target as Node) && close.current();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPress);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPress);
    };
  }, []);
  return ref;
}
