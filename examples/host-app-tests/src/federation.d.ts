declare module 'virtual:__federation__' {
  export function __federation_method_setRemote(name: string, config: { url: () => Promise<string>; format: 'esm'; from: 'vite' }): void;
  export function __federation_method_getRemote(name: string, exposedPath: string): Promise<unknown>;
}
