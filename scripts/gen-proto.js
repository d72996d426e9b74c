// Compiles proto/edgelog.proto to static code (Workers forbid eval, so no reflection at run time).
// Output: src/protocol/gen/edgelog.js + edgelog.d.ts. Never edit the output by hand; run `npm run gen`.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "src/protocol/gen");
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(root, "node_modules/.bin", name);
const js = join(outDir, "edgelog.js");

execFileSync(bin("pbjs"), [
  "-t", "static-module", "-w", "es6", "--force-number", "--no-verify", "--no-convert", "--no-delimited",
  "--no-service", "-o", js, join(root, "proto/edgelog.proto"),
], { stdio: "inherit" });
// pbjs may write "protobufjs/minimal" without the extension that Node ESM needs.
// Offsets must decode as numbers, not Long objects: drop Long before any default value is built.
writeFileSync(js, readFileSync(js, "utf8").replace(
  /import \$protobuf from "protobufjs\/minimal(\.js)?";/,
  'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();',
));
execFileSync(bin("pbts"), ["-o", join(outDir, "edgelog.d.ts"), js], { stdio: "inherit" });
console.log("generated src/protocol/gen/edgelog.{js,d.ts}");
