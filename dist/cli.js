#!/usr/bin/env node
// The code-integrity command; the bundle is in dist/cli/.
import './cli/index.js';
