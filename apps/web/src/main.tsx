// First, before any schema is built: no eval under the Content-Security-Policy.
import './strict-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global sheet first: feature and shell sheets build on its variables and primitives.
import './styles.css';
import { App } from './app/app';
import { loadLang, storedLang } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// An English interface first fetches its strings (a chunk of their own); the Chinese one has them.
// Should they not arrive, the interface starts in Chinese (I18nProvider) rather than not at all.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
loadLang(storedLang()).then(render, render);
