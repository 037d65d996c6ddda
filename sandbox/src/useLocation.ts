import { useEffect, useState } from 'react';

/** Re-renders on pushState navigation (ours) and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    window.addEventListener('popstate', update);
    window.addEventListener('sandbox:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('sandbox:navigate', update);
    };
  }, []);
  return { pathname: location.pathname, search: new URLSearchParams(location.search) };
}
