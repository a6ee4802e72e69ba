// The service worker: after the first visit, the whole site is in one cache per build, so every
// note, search and the workbench work with the network off. Hand-written (no Workbox): it does
// three things. The build prepends `self.DN_OFFLINE = { version, urls, base }`.
const { version, urls, base } = /** @type {any} */ (self).DN_OFFLINE;
const PREFIX = 'dn-offline-';
const CACHE = PREFIX + version;
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
	// All or nothing: addAll fails if one file fails, so a half-copied build is never used.
	// `reload` skips the HTTP cache, so the copy is this build's and not an older one.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => self.skipWaiting())
	);
});

self.addEventListener('activate', (event) => {
	// Keep the build before this one for pages still open from it; drop anything older.
	event.waitUntil(
		caches.keys().then((keys) => {
			const ours = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
			return Promise.all(ours.slice(0, -1).map((key) => caches.delete(key)));
		})
	);
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (
		request.method !== 'GET' ||
		url.origin !== self.location.origin ||
		!url.pathname.startsWith(base)
	)
		return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// A page always comes from this build's cache, whole: never an old page with new files.
			// A static site's files do not depend on the query (search adds ?highlight= to pages,
			// Pagefind ?ts= to its entry file), and a module script is requested with an Origin
			// header the cached copy was not: neither may miss the cache.
			const own = await cache.match(request, MATCH);
			if (own) return own;
			// A page opened before the update may still ask for its own build's files.
			if (request.mode !== 'navigate') {
				const older = await caches.match(request, MATCH);
				if (older) return older;
			}
			return fetch(request);
		})()
	);
});

// The page asks which build it is talking to, to say "updated" once after a new one arrived.
self.addEventListener('message', (event) => {
	if (event.data === 'version') event.source?.postMessage({ version });
});
