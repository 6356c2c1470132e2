// Preact test app: Preact reads `nextSibling` while it places children, the case marks must survive best.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { followRoute, initialStory, nextStory, pageConfig, view } from './story.js';

const { names } = pageConfig();
function App() {
  const [story, setStory] = useState(() => initialStory(names));
  useEffect(() => {
    window.__setStory = setStory;
    window.__ready = true;
  }, []);
  return view(h, story, names, 'class');
}
window.__step = async (step) => {
  followRoute(step);
  window.__setStory((s) => nextStory(s, step, names));
  // Preact renders state changes in a microtask; a timer runs after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
};
render(h(App, null), document.getElementById('app'));
