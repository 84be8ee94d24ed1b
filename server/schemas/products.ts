// OVOP+1 products (GET /api/products). Kept beside schemas/api.ts so the shared contract file grows only by what
// everyone needs.
import { Type, type Static } from 'typebox';
import { NameSchema, PRODUCT_CATEGORIES, PointSchema, RegionFilterSchema } from './api.ts';

const ProductCategorySchema = Type.Enum(PRODUCT_CATEGORIES, { description: 'Product category' });

export const ProductPropsSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  category: ProductCategorySchema,
  groupCode: Type.String({ description: 'Producer group that makes it' }),
  villageCode: Type.String(),
  villageName: NameSchema,
  oblastCode: Type.String(),
  rayonCode: Type.Union([Type.String(), Type.Null()]),
  isSample: Type.Boolean(),
  sourceId: Type.String(),
});
export type ProductProps = Static<typeof ProductPropsSchema>;

export const ProductCollectionSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({
    type: Type.Literal('Feature'),
    id: Type.String(),
    geometry: PointSchema,
    properties: ProductPropsSchema,
  })),
});
export type ProductCollection = Static<typeof ProductCollectionSchema>;

export const ProductQuerySchema = Type.Object({
  region: Type.Optional(RegionFilterSchema),
  category: Type.Optional(ProductCategorySchema),
});
