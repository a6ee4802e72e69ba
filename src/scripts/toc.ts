// Mark the heading being read: the last one whose top has scrolled past the scroll padding
// (the header, and the phone's table-of-contents bar). Keep it in view in the long desktop
// list, and name it in the phone's bar, which closes once a link in it is followed.
const links = [...document.querySelectorAll<HTMLAnchorElement>('.dn-toc a')];
const current = document.querySelector('[data-toc-current]');
const bar = document.querySelector<HTMLDetailsElement>('.dn-toc-mobile');
bar?.addEventListener('click', (event) => {
	if ((event.target as Element).closest('a')) bar.open = false;
});
const targets = links
	.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
	.filter((el): el is HTMLElement => el !== null);
if (targets.length > 0) {
	let frame = 0;
	const update = () => {
		frame = 0;
		const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 2;
		let active = targets[0];
		for (const target of targets) if (target.getBoundingClientRect().top <= line) active = target;
		for (const link of links) {
			if (link.hash !== `#${active?.id}`) {
				link.removeAttribute('aria-current');
				continue;
			}
			link.setAttribute('aria-current', 'true');
			if (current) current.textContent = link.textContent;
			const box = link.closest<HTMLElement>('.dn-note-toc');
			if (
				box &&
				(link.offsetTop < box.scrollTop ||
					link.offsetTop + link.offsetHeight > box.scrollTop + box.clientHeight)
			)
				box.scrollTop = link.offsetTop - box.clientHeight / 2;
		}
	};
	addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
	update();
}
