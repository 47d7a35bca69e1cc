#!/usr/bin/env node
// Thin launcher: the server is bundled to dist/ by `pnpm build` (run on install).
import '../dist/server.js'
