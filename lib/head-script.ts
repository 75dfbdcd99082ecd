import { themeStorageKey } from './theme';

// One small inline script in <head>, run before the body is parsed and long before React hydrates (which can take
// seconds on a cheap phone):
// 1. applies the reader's stored theme, so the wrong theme never flashes;
// 2. marks the page as scripted (html.js), which reveals controls that need JavaScript;
// 3. keeps the reader's place: when a link marked data-keep-place (view and language switches) is followed, the
//    first paragraph still on screen (below the reading bar) is added to it as #id, and the new page opens at that paragraph. The listener
//    sits on the document, so it also survives client-side navigation. Without JavaScript the links open the top.

const applyTheme = `var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}`;

const keepPlace = `document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('a[data-keep-place]');if(!a)return;var u=new URL(a.href);u.hash='';if(window.scrollY>0){var r=document.querySelector('[data-reading-bar]'),top=(r?r.getBoundingClientRect().bottom:0)+24,b=document.querySelectorAll('[data-block]');for(var i=0;i<b.length;i++){if(b[i].getBoundingClientRect().bottom>top){u.hash=b[i].getAttribute('data-block');break}}}a.href=u.toString()},true);`;

export const headScript = `(function(){${applyTheme}${keepPlace}})()`;
