// React test app (built for React 18 and React 19): renders the story, or hydrates its server-rendered markup late.
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { followRoute, nextStory, pageConfig } from './story.js';
import { App } from './react-app.js';

const { names, mode, hydrateAfterMs } = pageConfig();
window.__frameworkVersion = React.version;
const container = document.getElementById('app');
window.__step = async (step) => {
  followRoute(step);
  flushSync(() => window.__setStory((s) => nextStory(s, step, names)));
};
const onRecoverableError = (error) => {
  (window.__recoverableErrors ??= []).push(String(error));
  console.error(error);
};
const app = React.createElement(App, { names });
if (mode === 'hydrate') setTimeout(() => hydrateRoot(container, app, { onRecoverableError }), hydrateAfterMs);
else createRoot(container, { onRecoverableError }).render(app);
