import { useEffect, useState } from 'react';
import { ReportListPage } from './home/ReportListPage';
import { ImportPage } from './import/ImportPage';
import { SettingsPage } from './settings/SettingsPage';
import { WizardPage } from './wizard/WizardPage';

type Route =
  { page: 'home' } | { page: 'report'; id: number } | { page: 'import' } | { page: 'settings' };

/** Routes live in the hash (#/report/12) so a reload keeps the clerk on the same report. */
export function parseRoute(hash: string): Route {
  const m = /^#\/report\/(\d+)$/.exec(hash);
  if (m) return { page: 'report', id: Number(m[1]) };
  if (hash === '#/import') return { page: 'import' };
  if (hash === '#/settings') return { page: 'settings' };
  return { page: 'home' };
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
  const openReport = (id: number) => go(`#/report/${id}`);
  switch (route.page) {
    case 'report':
      return <WizardPage reportId={route.id} onExit={() => go('#/')} />;
    case 'import':
      return <ImportPage onCancel={() => go('#/')} onOpen={openReport} />;
    case 'settings':
      return <SettingsPage onExit={() => go('#/')} />;
    default:
      return (
        <ReportListPage
          onOpen={openReport}
          onImport={() => go('#/import')}
          onSettings={() => go('#/settings')}
        />
      );
  }
}
