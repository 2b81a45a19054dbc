import type { TokenServerErrorCode } from '../../server-token/contract';
import type { PAGE_PROBLEMS } from './page-problems';
import type { REALTIME_PROBLEMS } from './realtime-problems';

/** Every code the page has words for: the token server's, the Realtime API's, the page's own, and `unknown`. */
export type ProblemCode = TokenServerErrorCode | keyof typeof REALTIME_PROBLEMS | keyof typeof PAGE_PROBLEMS | 'unknown';
