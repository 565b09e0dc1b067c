// Types for bundleStatus.mjs (plain JavaScript: inzage.mjs runs it before tsx is loaded, if at all).
export declare const bundleManifestName: string;
export declare function freshBundle(bundleDir: URL, root: URL): URL | null;
