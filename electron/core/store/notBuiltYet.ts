/**
 * Scaffolding while issue 15's PostgreSQL repositories are written on their branches: every method
 * throws, naming the repository. Removed when the last one lands.
 */
export function notBuiltYet<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_target, method) {
      return () => {
        throw new Error(`${name}.${String(method)} is not built yet on PostgreSQL`);
      };
    },
  });
}
