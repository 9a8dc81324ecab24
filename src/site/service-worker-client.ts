/// <reference types="astro/client" />
/**
 * Registers the offline service worker (`<base>sw.js`, scope `<base>`) and shows the update
 * prompt when a new build has been installed and is waiting. Production builds only: in
 * `astro dev` a caching worker would hide the changes being made.
 */
import { showUpdatePrompt } from './update-prompt';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Asks a waiting worker to take over, then reloads once it controls the page. */
function activate(waiting: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function offer(worker: ServiceWorker): void {
  showUpdatePrompt(document.documentElement.lang, () => activate(worker));
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // Only an update is worth a prompt: on the very first visit there is no controller yet.
  const track = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  // The navigation itself may have started the update before this script ran.
  if (registration.installing) track(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) track(registration.installing);
  });
}

// Service workers need a secure context (HTTPS or localhost); on plain-HTTP LAN addresses the
// API is absent and the site simply works online only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => void register().catch((error: unknown) => console.warn('Offline mode is unavailable:', error));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
