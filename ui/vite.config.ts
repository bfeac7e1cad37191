import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is served only from the app bundle: no dev server is needed for a release, and the
// Fluent files come from ../locales, shared with the Rust side.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  base: "./",
  server: { port: 1420, strictPort: true, fs: { allow: [".", "../locales"] } },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // One CSS file, no inline styles: the window's CSP allows styles from 'self' only.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
