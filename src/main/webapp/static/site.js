// The site's only script, and optional: everything works without it. It installs the service worker (/sw.js)
// that keeps the pages a student opened, so that they still show, marked as such, when the network is gone.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').then(function () {
    if (navigator.serviceWorker.controller) {
      return; // The worker saw this page arrive and kept it.
    }
    // The first visit arrived before the worker existed: hand it this page and its stylesheets to keep.
    return navigator.serviceWorker.ready.then(function (registration) {
      var links = Array.prototype.map.call(document.querySelectorAll('link[rel="stylesheet"]'),
        function (link) { return link.href; });
      registration.active.postMessage({ keep: location.href, assets: links });
    });
  }).catch(function () {
    // Without a worker the site is the same, only not offline.
  });
}
