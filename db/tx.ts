import type { Db } from './index';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
