import { singleSpaSolid } from 'single-spa-solid';
import { CONTRACT_VERSION, type AppProps } from 'portal-contract';
import { ProfileApp } from './ProfileApp';

export const contractVersion = CONTRACT_VERSION;
export const { bootstrap, mount, unmount, update } = singleSpaSolid<AppProps>({ rootComponent: ProfileApp });
