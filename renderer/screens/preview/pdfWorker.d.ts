// vite's `?worker` import: a constructor for the bundled worker (https://vite.dev/guide/features#import-with-query-suffixes).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
