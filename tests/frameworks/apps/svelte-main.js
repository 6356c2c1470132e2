// Svelte 5 test app.
import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import { pageConfig } from './story.js';

const { names } = pageConfig();
const app = mount(App, { target: document.getElementById('app'), props: { names } });
window.__step = async (step) => {
  app.step(step);
  flushSync();
};
window.__ready = true;
