import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from './sourceAliases.js';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  server: { port: Number(process.env.PORT ?? 5174) },
});
