// Registers the offline worker (dist/sw.js, written by src/integrations/offline.ts). When a new
// build takes over from the one this page came from, says so once, quietly.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const workers = navigator.serviceWorker;
	const hadOne = !!workers.controller;
	workers.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
	workers.addEventListener('controllerchange', () => {
		if (!hadOne) return;
		const notice = Object.assign(document.createElement('p'), {
			className: 'dn-updated',
			textContent: 'This site was updated: the next page you open is the new version.',
		});
		notice.setAttribute('role', 'status');
		document.body.append(notice);
	});
}
