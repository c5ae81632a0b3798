import '@connect-transcript/ui/styles.css';
import './page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedTranscript } from './SavedTranscript.js';
import saved from './transcript.json' with { type: 'json' };

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <SavedTranscript saved={saved} />
  </StrictMode>,
);
