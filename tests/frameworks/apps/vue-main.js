// Vue 3 test app, with render functions (the runtime-only production build).
import { createApp, h, nextTick, reactive } from 'vue';
import { followRoute, initialStory, nextStory, pageConfig, view } from './story.js';

const { names } = pageConfig();
const state = reactive({ story: initialStory(names) });
const App = { render: () => view(h, state.story, names, 'class') };
window.__step = async (step) => {
  followRoute(step);
  state.story = nextStory(state.story, step, names);
  await nextTick();
};
createApp(App).mount('#app');
window.__ready = true;
