import path from 'node:path';
import * as electron from 'electron';
import { startShell } from './shell';

// Bundled to dist/main/main.cjs: the built preload and renderer sit beside it under dist/.
startShell(electron, { distDir: path.resolve(__dirname, '..') });
