// The site's service worker, served as /sw.js so that its scope is the whole site.
//
// Pages: the network first, always (menus and "open now" change by the minute). Every page that arrives is
// kept, the last KEEP_PAGES of them; when the network fails, the kept copy is shown with a note saying it is
// offline and as of when. The API, the feeds, the watch list and the admin area are never kept or answered here.
// Stylesheets and icons: a fingerprinted URL (?v=…) never changes, so it is answered from the cache first.
'use strict';

// v2: pages kept by v1 may show a watch list's private feed URLs; activating drops them.
const PAGES = 'pages-v2';
const ASSETS = 'assets-v1';
const KEEP_PAGES = 30;
const KEEP_ASSETS = 20;
const KEPT_AT = 'X-Kept-At';
// The product's name, from the campus file: the server writes it in as it serves this file (web.Assets).
const SITE_NAME = "{{campus.name}}";
// The watch page shows private feed URLs: never kept, so an offline copy cannot outlive a replaced link.
const NOT_KEPT = /^\/(api|admin|feeds|openapi|health|metrics|watch)(\/|$)|\.ics$/;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name !== PAGES && name !== ASSETS).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// A page opened before this worker existed (the first visit) asks for itself and its stylesheets to be kept.
self.addEventListener('message', (event) => {
  const asked = event.data || {};
  const same = (url) => typeof url === 'string' && new URL(url).origin === self.location.origin;
  const work = [];
  if (same(asked.keep) && keepable(new URL(asked.keep))) {
    work.push(fetch(asked.keep, { credentials: 'same-origin' }).then((response) => keepPage(asked.keep, response)));
  }
  for (const url of Array.isArray(asked.assets) ? asked.assets : []) {
    if (same(url)) {
      work.push(fetch(url).then((response) => keepAsset(url, response)));
    }
  }
  event.waitUntil(Promise.all(work).catch(() => undefined));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    if (keepable(url)) {
      event.respondWith(page(event));
    }
    return;
  }
  if (url.pathname.startsWith('/static/') || url.pathname === '/halls.css') {
    event.respondWith(asset(event));
  }
});

function keepable(url) {
  return !NOT_KEPT.test(url.pathname);
}

async function page(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    event.waitUntil(keepPage(request.url, response.clone()).catch(() => undefined));
    return response;
  } catch (offline) {
    const kept = await (await caches.open(PAGES)).match(request.url);
    return kept ? asOfflineCopy(kept) : await nothingKept(request.url);
  }
}

async function keepPage(url, response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status !== 200 || !type.startsWith('text/html')) {
    return;
  }
  const headers = new Headers();
  for (const name of ['Content-Type', 'Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
    if (response.headers.has(name)) {
      headers.set(name, response.headers.get(name));
    }
  }
  headers.set(KEPT_AT, new Date().toISOString());
  const cache = await caches.open(PAGES);
  await cache.delete(url); // so that the order of the keys stays the order of the visits
  await cache.put(url, new Response(await response.blob(), { status: 200, headers }));
  await trim(cache, KEEP_PAGES);
}

async function asset(event) {
  const request = event.request;
  const cache = await caches.open(ASSETS);
  const fingerprinted = new URL(request.url).searchParams.has('v');
  if (fingerprinted) {
    const kept = await cache.match(request.url);
    if (kept) {
      return kept;
    }
  }
  try {
    const response = await fetch(request);
    event.waitUntil(keepAsset(request.url, response.clone()).catch(() => undefined));
    return response;
  } catch (offline) {
    const kept = await cache.match(request.url, { ignoreSearch: !fingerprinted });
    if (kept) {
      return kept;
    }
    throw offline;
  }
}

async function keepAsset(url, response) {
  if (response.status !== 200) {
    return;
  }
  const cache = await caches.open(ASSETS);
  await cache.put(url, response);
  await trim(cache, KEEP_ASSETS);
}

async function trim(cache, keep) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - keep)).map((key) => cache.delete(key)));
}

/** The kept page, with a note at the top of its main content saying that it is offline, and as of when. */
async function asOfflineCopy(kept) {
  const html = await kept.text();
  const note = '<p class="notice offline-note" role="status">Offline — as of ' + escape(when(kept.headers.get(KEPT_AT)))
    + '. This is the copy kept when you last opened this page; menus and hours may have changed since.</p>';
  const marked = /<main\b[^>]*>/.test(html) ? html.replace(/<main\b[^>]*>/, (main) => main + note)
    : html.replace(/<body\b[^>]*>/, (body) => body + note);
  const headers = new Headers(kept.headers);
  headers.delete(KEPT_AT);
  return new Response(marked, { status: 200, headers });
}

/** Offline, and this page was never opened here: say so, and list the pages that were. */
async function nothingKept(url) {
  const pages = await (await caches.open(PAGES)).keys();
  const styles = (await (await caches.open(ASSETS)).keys()).map((r) => new URL(r.url))
    .filter((u) => u.pathname.endsWith('.css'));
  const links = pages.map((r) => new URL(r.url)).reverse()
    .map((u) => '<li><a href="' + escape(u.pathname + u.search) + '">' + escape(u.pathname + u.search) + '</a></li>')
    .join('');
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">'
    + '<title>Offline · ' + escape(SITE_NAME) + '</title>'
    + styles.map((u) => '<link rel="stylesheet" href="' + escape(u.pathname + u.search) + '">').join('')
    + '</head><body><main id="main"><h1>You are offline</h1>'
    + '<p>This page (' + escape(new URL(url).pathname) + ') was not opened on this device before, so there is no copy of it.</p>'
    + (links ? '<p>These pages were, and can be read offline:</p><ul class="results">' + links + '</ul>' : '')
    + '</main></body></html>';
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html;charset=UTF-8', 'Content-Security-Policy': "default-src 'self'" },
  });
}

function when(iso) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) {
    return 'an earlier visit';
  }
  return date.toLocaleString('en-US', {
    timeZone: 'America/Los_Angeles', weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
  });
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
