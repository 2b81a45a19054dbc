import { useEffect } from 'react';
import { create } from 'zustand';
import { HealthWatcher, type HealthState } from './health-watcher';

export type { HealthState };

export const useHealthStore = create<{ health: HealthState }>()(() => ({ health: { state: 'loading' } }));

const watcher = new HealthWatcher((health) => useHealthStore.setState({ health }));

/** Starts watching the token server's health for as long as the app is mounted. */
export function useHealthWatcher(): void {
  useEffect(() => {
    watcher.start();
    const online = () => watcher.checkNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      watcher.stop();
    };
  }, []);
}

export function recheckHealth(): void {
  watcher.checkNow();
}
