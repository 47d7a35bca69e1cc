// CMaps bundled into the page's pdf.js script as bytes (esbuild's binary loader, scripts/build.mjs).
declare module '*.bcmap' {
  const data: Uint8Array
  export default data
}
