// Server render of the React test app, run in Node when the test pages are built.
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './react-app.js';

export function render(names) {
  return renderToString(React.createElement(App, { names }));
}
