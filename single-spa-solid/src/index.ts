export { singleSpaSolid } from './lifecycles';
export type { LifecycleProps, Lifecycles, SolidLifecycleOptions } from './lifecycles';
