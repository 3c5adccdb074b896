// Rollup needs an entry besides the exposed modules; a remote's real entry is remoteEntry.js.
export {};
