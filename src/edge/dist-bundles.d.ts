// dist/bundles.json, which `npm run build` writes (scripts/build.js): the browser bundles as text, by file
// name. Declared here so that the Worker typechecks before the first build.
declare module "*/dist/bundles.json" {
  const files: Record<string, string>;
  export default files;
}
