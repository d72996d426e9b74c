#!/usr/bin/env node
// The `edgelog` command. The sources are TypeScript; tsx compiles them on load (no build step).
import { register } from "tsx/esm/api";

register();
await import("../src/node/cli.ts");
