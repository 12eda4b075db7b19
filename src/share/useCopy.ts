// Copy with a short-lived "Copied" / "Copy failed" answer next to the button.
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../editor/clipboard';

export function useCopy(): [string | null, (text: string) => void] {
  const [status, setStatus] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = (text: string) => {
    void copyText(text).then((ok) => {
      setStatus(ok ? 'Copied' : 'Copy failed: select the text and press Ctrl+C');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(null), 1800);
    });
  };
  return [status, copy];
}
