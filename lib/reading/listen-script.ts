/**
 * The listen button, run from the head script (self-contained: it is sent as its source text). It reads the report
 * aloud with the browser's own speech synthesis, one utterance per passage (long ones are cut off by some
 * engines), in the page's language, marking the passage being read. The button stays hidden unless the device has
 * a voice for that language.
 */
export function listenControl() {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  if (!synth) return;
  const buttons = () => document.querySelectorAll<HTMLButtonElement>('button[data-listen]');
  const voiceFor = (lang: string) => synth.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  const offer = () => buttons().forEach((button) => (button.hidden = !voiceFor(button.getAttribute('data-lang') ?? '')));
  document.addEventListener('DOMContentLoaded', offer);
  synth.addEventListener('voiceschanged', offer);

  let reading: HTMLButtonElement | null = null;
  // Cancelling ends the old utterances later: a count tells their events apart from a new reading's.
  let session = 0;
  const mark = (element: Element | null) => {
    document.querySelectorAll('[data-speaking]').forEach((e) => e.removeAttribute('data-speaking'));
    element?.setAttribute('data-speaking', '');
  };
  const stop = () => {
    session++;
    synth.cancel();
    mark(null);
    reading?.setAttribute('data-state', 'idle');
    reading = null;
  };
  // Leaving the page, or opening another, ends the reading.
  window.addEventListener('pagehide', stop);

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-listen]') : null;
    if (!button) return;
    if (reading) return stop();
    const lang = button.getAttribute('data-lang') ?? 'en';
    const voice = voiceFor(lang);
    const passages = [...document.querySelectorAll<HTMLElement>('[data-speak]')].filter((e) => e.textContent?.trim());
    if (!voice || passages.length === 0) return;
    synth.cancel();
    const mine = ++session;
    reading = button;
    button.setAttribute('data-state', 'reading');
    passages.forEach((passage, i) => {
      const utterance = new SpeechSynthesisUtterance(passage.textContent ?? '');
      // The voice's own tag (ar-SA, en-GB): the engine picks its voice for it.
      utterance.lang = voice.lang;
      utterance.onstart = () => session === mine && mark(passage);
      if (i === passages.length - 1) utterance.onend = () => session === mine && stop();
      synth.speak(utterance);
    });
  });
}
