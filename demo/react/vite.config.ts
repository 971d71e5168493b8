import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Nothing about nutrient-interaction here: its topics come with the package as modules Vite follows.
export default defineConfig({ plugins: [react()] });
