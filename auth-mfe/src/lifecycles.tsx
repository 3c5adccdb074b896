import { singleSpaSolid } from 'single-spa-solid';
import { CONTRACT_VERSION, type AppProps } from 'portal-contract';
import { AuthApp } from './AuthApp';

export const contractVersion = CONTRACT_VERSION;
export const { bootstrap, mount, unmount, update } = singleSpaSolid<AppProps>({ rootComponent: AuthApp });
