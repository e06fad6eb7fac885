import type { Db } from '../db';
import type { Tables } from '../tables';
import { selectLogHead } from './logHead';

/** The last committed position; every event up to it is committed too (writers are serialised). */
export const selectHeadPosition = async (db: Db, t: Tables): Promise<number> => (await selectLogHead(db, t)).position;
