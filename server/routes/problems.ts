import { ProblemSchema } from '../schemas/api.ts';

// Every route documents its 4xx bodies (and the 5xx the error handler can send).
export const problemResponses = {
  400: ProblemSchema,
  500: ProblemSchema,
  503: ProblemSchema,
} as const;
export const problemResponsesWith404 = { ...problemResponses, 404: ProblemSchema } as const;

export const GEOJSON = 'application/geo+json; charset=utf-8';
