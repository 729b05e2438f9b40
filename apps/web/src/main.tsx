// First, before any schema is built: no eval under the Content-Security-Policy.
import './strict-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global sheet first: feature and shell sheets build on its variables and primitives.
import './styles.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
