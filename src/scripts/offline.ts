/**
 * Registers the service worker that keeps the whole site readable offline (src/lib/offline.ts),
 * and when a newer build is waiting, says so with a "Reload for the latest version" control.
 * The page never mixes versions: the new worker takes over only when the reader reloads.
 * The bootstrap (src/scripts/site-bootstrap.js) loads this only where service workers can run.
 */
export function registerOfflineSupport(document: Document): void {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    showUpdateNotice(document, () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  void navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    });
}

function showUpdateNotice(document: Document, reload: () => void): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of this site is available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Reload for the latest version';
  button.addEventListener('click', reload);
  notice.append(text, button);
  document.body.append(notice);
}
