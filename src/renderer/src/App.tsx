import { useEffect, useState } from 'react';
import { ReportListPage } from './home/ReportListPage';
import { WizardPage } from './wizard/WizardPage';

type Route = { page: 'home' } | { page: 'report'; id: number };

/** Routes live in the hash (#/report/12) so a reload keeps the clerk on the same report. */
export function parseRoute(hash: string): Route {
  const m = /^#\/report\/(\d+)$/.exec(hash);
  return m ? { page: 'report', id: Number(m[1]) } : { page: 'home' };
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (hash: string) => {
    window.location.hash = hash;
  };
  return route.page === 'report' ? (
    <WizardPage reportId={route.id} onExit={() => go('#/')} />
  ) : (
    <ReportListPage onOpen={(id) => go(`#/report/${id}`)} />
  );
}
