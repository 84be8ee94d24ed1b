// GET /api/sources: every source row and, per source, which tables cite it and in how many rows, so every
// figure the API returns (each names its sourceId or sourceIds) can be traced to where it was published.
import { Type, type Static } from 'typebox';

export const SourceSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  publisher: Type.String(),
  published: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'YYYY-MM-DD, when known' }),
  url: Type.Union([Type.String(), Type.Null()]),
  licence: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  isSample: Type.Boolean({ description: 'A source of invented sample data, not real data' }),
  rows: Type.Integer({ description: 'Rows citing this source, all tables together' }),
  citedBy: Type.Array(
    Type.Object({ table: Type.String(), rows: Type.Integer() }),
    { description: 'Tables whose rows name this source, with how many rows; empty when nothing cites it' },
  ),
});
export type Source = Static<typeof SourceSchema>;

export const SourceListSchema = Type.Object({ sources: Type.Array(SourceSchema) });
export type SourceList = Static<typeof SourceListSchema>;
