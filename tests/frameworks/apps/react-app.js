// The React component shared by the client entry and the server render.
import * as React from 'react';
import { initialStory, view } from './story.js';

export function App({ names }) {
  const [story, setStory] = React.useState(() => initialStory(names));
  React.useEffect(() => {
    if (typeof window === 'undefined') return;
    window.__setStory = setStory;
    window.__ready = true;
  }, []);
  return view(React.createElement, story, names, 'className');
}
