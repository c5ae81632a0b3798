import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { demoServer } from './demoServer.js';
import { sourceAliases } from './sourceAliases.js';

export default defineConfig({
  plugins: [react(), demoServer()],
  resolve: { alias: sourceAliases },
  server: { port: Number(process.env.PORT ?? 5173) },
});
