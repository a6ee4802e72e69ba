/**
 * The script that sets the theme before the first paint, so there is no flash of the wrong
 * theme. It is rendered inline, so its exact text is also hashed for the page's CSP.
 */
export const THEME_INIT =
	"(function(){try{var t=localStorage.getItem('dn-theme');if(t==='dark'||t==='light'){document.documentElement.dataset.theme=t}}catch(e){}document.documentElement.classList.add('js')})();";

/** The localStorage key that remembers the reader's theme choice. */
export const THEME_KEY = 'dn-theme';
