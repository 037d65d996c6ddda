// The popup's two reads, started as soon as the parser reaches this classic script, while the popup's module is
// still loading (~10 ms sooner rows; bench/README.md): storage.local, and which shop the active tab shows.
// src/popup/store.ts takes them over (PopupBoot there), replays the storage changes seen meanwhile and validates
// everything as if it had asked itself. Plain JavaScript: public/ is copied as it is.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (!api?.storage?.local || !api.tabs) return;
  const changes = [];
  const onChanged = (change, area) => {
    if (area === 'local') changes.push(change);
  };
  api.storage.onChanged.addListener(onChanged);
  const storage = api.storage.local.get(null);
  const tab = api.tabs
    .query({ active: true, currentWindow: true })
    .then(([t]) => (t && t.id !== undefined ? api.tabs.sendMessage(t.id, { type: 'tab/identify' }) : null));
  // The store attaches its own handlers; these keep a failure from counting as unhandled before it does.
  storage.catch(() => {});
  tab.catch(() => {});
  globalThis.__pipe17PopupBoot = { storage, tab, changes, stop: () => api.storage.onChanged.removeListener(onChanged) };
})();
