// The reader's colour theme. No stored value means "follow the system". The inline script below runs in <head>
// before the body is parsed, so the chosen theme is in place before the first paint (no flash).

export const themeStorageKey = 'jisr-theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})()`;
