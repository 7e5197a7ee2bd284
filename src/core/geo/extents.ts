/** Named map extents a step may ask for; zod-free so browser code can import it. */
export const EXTENTS = ['eurasia', 'china', 'east-china', 'zhejiang', 'jinhua'] as const;
export type ExtentName = (typeof EXTENTS)[number];
